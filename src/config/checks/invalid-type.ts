import { defineConfigCheck } from '../context.js'

/** yaml.v2 refuses a value of the wrong YAML type ("cannot unmarshal !!str `x` into bool"). */
export default defineConfigCheck({
  id: 'config/invalid-type',
  severity: 'error',
  description: 'Give each field a value of the type Prometheus expects.',
  messages: { wrongType: '{field} must be {expected}, not {got} (yaml: unmarshal errors: cannot unmarshal {got} into {field})' },
  hints: { wrongType: '{fix}' },
  check(ctx) {
    for (const i of ctx.schema.issues) {
      if (i.kind !== 'invalid-type') continue
      const field = i.field || 'the document'
      let fix = `Write ${field} as ${i.expected}.`
      if (i.expected.startsWith('a boolean')) fix = `Write \`${field}: true\` or \`${field}: false\`, without quotes.`
      else if (i.expected === 'a list') fix = i.node.kind === 'scalar' ? `Write it as a list: \`${field}: [${JSON.stringify(i.node.text)}]\`.` : `Write ${field} as a list of items, each starting with "- ".`
      else if (i.expected.includes('integer') && i.node.kind === 'scalar') fix = `Write a whole number without quotes, e.g. \`${field}: ${i.node.text.replace(/[^0-9]/g, '') || '0'}\`.`
      else if (i.expected.startsWith('a mapping')) fix = `Write ${field} as "key: value" lines indented under "${field}:".`
      ctx.report({ messageId: 'wrongType', at: i.node, data: { field, expected: i.expected, got: i.got, fix } })
    }
  },
})

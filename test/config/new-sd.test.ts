// The newest service discovery mechanisms (task H5): oci (discovery/oci/oci.go validate()), stackit
// (discovery/stackit/stackit.go UnmarshalYAML) and aws (discovery/aws/aws.go Role), on the current 3.x.
import { runCases } from './run-cases.js'

const sc = (body: string) => `scrape_configs:\n  - job_name: a\n${body}`
const OCI_KEY = 'tenancy: t, user: u, fingerprint: f, key_file: k.pem'

runCases('config/missing-required-field', {
  valid: [
    sc(`    oci_sd_configs:\n      - { region: eu-frankfurt-1, ${OCI_KEY} }\n`),
    sc('    oci_sd_configs:\n      - { region: eu-frankfurt-1, auth: instance_principal }\n'),
    sc('    stackit_sd_configs:\n      - { project: p }\n'),
    sc('    stackit_sd_configs:\n      - { project: p, region: "", endpoint: "https://iaas.api.example" }\n'),
  ],
  invalid: [
    { input: sc(`    oci_sd_configs:\n      - { ${OCI_KEY} }\n`), expect: [{ at: '4:11', message: 'oci_sd: region is required' }] },
    { input: sc('    oci_sd_configs:\n      - { region: r, tenancy: t, user: u, fingerprint: f }\n'), expect: [{ at: '4:11', message: 'oci_sd: api_key auth requires key_file' }] },
    { input: sc('    oci_sd_configs:\n      - { region: r, auth: api_key, key_file: k.pem }\n'), expect: [{ at: '4:11', message: 'requires tenancy' }, { at: '4:11', message: 'requires user' }, { at: '4:11', message: 'requires fingerprint' }] },
    { input: sc('    stackit_sd_configs:\n      - { project: p, region: "" }\n'), expect: [{ at: '4:11', message: 'endpoint or region missing' }] },
  ],
})

runCases('config/invalid-sd-config', {
  valid: [sc(`    oci_sd_configs:\n      - { region: r, ${OCI_KEY}, compartments: [ocid1.compartment.oc1..a], refresh_interval: 5m }\n`)],
  invalid: [
    { input: sc('    oci_sd_configs:\n      - { region: r, auth: instance_principal, user: u }\n'), expect: [{ at: '4:48-4:52', message: 'instance_principal auth must not have tenancy' }] },
    { input: sc('    oci_sd_configs:\n      - { region: r, auth: password }\n'), expect: [{ at: '4:28-4:36', message: 'oci_sd: unknown auth method "password"' }] },
    { input: sc(`    oci_sd_configs:\n      - { region: r, ${OCI_KEY}, compartments: [a, ""] }\n`), expect: [{ at: '4:94-4:96', message: 'oci_sd: compartments[1] must not be empty' }] },
    { input: sc(`    oci_sd_configs:\n      - { region: r, ${OCI_KEY}, refresh_interval: 0s }\n`), expect: [{ at: '4:94-4:96', message: 'refresh_interval must be positive' }] },
    { input: sc('    stackit_sd_configs:\n      - { project: p, endpoint: "http://a b/" }\n'), expect: [{ at: '4:33-4:46', message: 'invalid endpoint "http://a b/"' }] },
  ],
})

runCases('config/mutually-exclusive-fields', {
  valid: [sc(`    oci_sd_configs:\n      - { region: r, ${OCI_KEY}, key_passphrase_file: pass }\n`)],
  invalid: [{ input: sc(`    oci_sd_configs:\n      - { region: r, ${OCI_KEY}, key_passphrase: x, key_passphrase_file: pass }\n`), expect: [{ at: '4:95', message: 'at most one of key_passphrase and key_passphrase_file' }] }],
})

runCases('config/unknown-field', {
  valid: [],
  invalid: [{ input: sc(`    oci_sd_configs:\n      - { region: r, ${OCI_KEY}, compartment: c }\n`), expect: [{ at: '4:76-4:87', message: 'compartment' }] }],
})

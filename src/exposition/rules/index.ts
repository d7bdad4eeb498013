/** Every exposition rule, one module per id; sorted by id. Adding a rule = one file + one line. */
import bodySizeLimitExceeded from './body-size-limit-exceeded.js'
import contentTypeMissing from './content-type-missing.js'
import contentTypeUnsupported from './content-type-unsupported.js'
import counterNegative from './counter-negative.js'
import crlfLineEnding from './crlf-line-ending.js'
import duplicateLabelName from './duplicate-label-name.js'
import duplicateMetadata from './duplicate-metadata.js'
import duplicateSeries from './duplicate-series.js'
import exemplarTooLong from './exemplar-too-long.js'
import formatMismatch from './format-mismatch.js'
import histogramBucketsNotCumulative from './histogram-buckets-not-cumulative.js'
import histogramBucketsOutOfOrder from './histogram-buckets-out-of-order.js'
import histogramCountMismatch from './histogram-count-mismatch.js'
import histogramInvalidLe from './histogram-invalid-le.js'
import histogramMissingInf from './histogram-missing-inf.js'
import histogramMissingLe from './histogram-missing-le.js'
import histogramMissingSumOrCount from './histogram-missing-sum-or-count.js'
import interleavedFamily from './interleaved-family.js'
import invalidCount from './invalid-count.js'
import invalidEscapeSequence from './invalid-escape-sequence.js'
import invalidExemplar from './invalid-exemplar.js'
import invalidLabelName from './invalid-label-name.js'
import invalidLabelValue from './invalid-label-value.js'
import invalidMetricName from './invalid-metric-name.js'
import invalidNullByte from './invalid-null-byte.js'
import invalidTimestamp from './invalid-timestamp.js'
import invalidType from './invalid-type.js'
import invalidUtf8 from './invalid-utf8.js'
import invalidValue from './invalid-value.js'
import labelLimitExceeded from './label-limit-exceeded.js'
import labelNameLengthLimitExceeded from './label-name-length-limit-exceeded.js'
import labelValueLengthLimitExceeded from './label-value-length-limit-exceeded.js'
import malformedMetadata from './malformed-metadata.js'
import metadataAfterSamples from './metadata-after-samples.js'
import missingFinalNewline from './missing-final-newline.js'
import missingCommaBetweenLabels from './missing-comma-between-labels.js'
import openmetricsBlankLine from './openmetrics-blank-line.js'
import openmetricsContentAfterEof from './openmetrics-content-after-eof.js'
import openmetricsFamilyNameClash from './openmetrics-family-name-clash.js'
import openmetricsInvalidCreated from './openmetrics-invalid-created.js'
import openmetricsInvalidFamilyName from './openmetrics-invalid-family-name.js'
import openmetricsInvalidHistogramSum from './openmetrics-invalid-histogram-sum.js'
import openmetricsInvalidInfo from './openmetrics-invalid-info.js'
import openmetricsInvalidSampleName from './openmetrics-invalid-sample-name.js'
import openmetricsInvalidStateset from './openmetrics-invalid-stateset.js'
import openmetricsInvalidUnit from './openmetrics-invalid-unit.js'
import openmetricsMissingEof from './openmetrics-missing-eof.js'
import quotedName from './quoted-name.js'
import sampleLimitExceeded from './sample-limit-exceeded.js'
import summaryInvalidQuantile from './summary-invalid-quantile.js'
import timestampInSeconds from './timestamp-in-seconds.js'
import unexpectedToken from './unexpected-token.js'

export const rules = {
  bodySizeLimitExceeded,
  contentTypeMissing,
  contentTypeUnsupported,
  counterNegative,
  crlfLineEnding,
  duplicateLabelName,
  duplicateMetadata,
  duplicateSeries,
  exemplarTooLong,
  formatMismatch,
  histogramBucketsNotCumulative,
  histogramBucketsOutOfOrder,
  histogramCountMismatch,
  histogramInvalidLe,
  histogramMissingInf,
  histogramMissingLe,
  histogramMissingSumOrCount,
  interleavedFamily,
  invalidCount,
  invalidEscapeSequence,
  invalidExemplar,
  invalidLabelName,
  invalidLabelValue,
  invalidMetricName,
  invalidNullByte,
  invalidTimestamp,
  invalidType,
  invalidUtf8,
  invalidValue,
  labelLimitExceeded,
  labelNameLengthLimitExceeded,
  labelValueLengthLimitExceeded,
  malformedMetadata,
  metadataAfterSamples,
  missingFinalNewline,
  missingCommaBetweenLabels,
  openmetricsBlankLine,
  openmetricsContentAfterEof,
  openmetricsFamilyNameClash,
  openmetricsInvalidCreated,
  openmetricsInvalidFamilyName,
  openmetricsInvalidHistogramSum,
  openmetricsInvalidInfo,
  openmetricsInvalidSampleName,
  openmetricsInvalidStateset,
  openmetricsInvalidUnit,
  openmetricsMissingEof,
  quotedName,
  sampleLimitExceeded,
  summaryInvalidQuantile,
  timestampInSeconds,
  unexpectedToken,
}

/** Every protobuf check, sorted by id (adding one = one file + one line). */
import type { ProtoCheck } from '../context.js'
import createdTimestampIgnored from './created-timestamp-ignored.js'
import duplicateLabelName from './duplicate-label-name.js'
import duplicateSeries from './duplicate-series.js'
import histogramBucketOrder from './histogram-bucket-order.js'
import histogramNotCumulative from './histogram-not-cumulative.js'
import invalidExemplar from './invalid-exemplar.js'
import invalidLabelName from './invalid-label-name.js'
import invalidName from './invalid-name.js'
import invalidUtf8 from './invalid-utf8.js'
import nativeHistogramCountMismatch from './native-histogram-count-mismatch.js'
import nativeHistogramCustomBuckets from './native-histogram-custom-buckets.js'
import nativeHistogramNegativeCount from './native-histogram-negative-count.js'
import nativeHistogramSchema from './native-histogram-schema.js'
import nativeHistogramSpans from './native-histogram-spans.js'
import nativeHistogramZeroThreshold from './native-histogram-zero-threshold.js'
import summaryQuantileRange from './summary-quantile-range.js'
import typeFieldMismatch from './type-field-mismatch.js'
import unknownType from './unknown-type.js'

export const familyChecks: readonly ProtoCheck[] = [
  createdTimestampIgnored,
  duplicateLabelName,
  duplicateSeries,
  histogramBucketOrder,
  histogramNotCumulative,
  invalidExemplar,
  invalidLabelName,
  invalidName,
  invalidUtf8,
  nativeHistogramCountMismatch,
  nativeHistogramCustomBuckets,
  nativeHistogramNegativeCount,
  nativeHistogramSchema,
  nativeHistogramSpans,
  nativeHistogramZeroThreshold,
  summaryQuantileRange,
  typeFieldMismatch,
  unknownType,
] as ProtoCheck[]

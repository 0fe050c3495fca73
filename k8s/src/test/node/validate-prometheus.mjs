// Validates Prometheus Operator objects (ServiceMonitor, PodMonitor, PrometheusRule) against the published schema
// of @kubernetes-models/prometheus-operator: types, enumerations, patterns (durations), required fields.
// Usage: node validate-prometheus.mjs objects.json   (a JSON array of objects; run by PrometheusSchemaTest)
// Prints one line per object, "ok <kind>/<name>" or "INVALID <kind>/<name>: <errors>"; exits 1 if any is invalid.
import { readFileSync } from "node:fs";
import { PodMonitor, PrometheusRule, ServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";

const models = { ServiceMonitor, PodMonitor, PrometheusRule };
const objects = JSON.parse(readFileSync(process.argv[2], "utf8"));
let invalid = 0;
for (const object of objects) {
  const id = `${object.kind}/${object.metadata?.name}`;
  const Model = models[object.kind];
  try {
    if (!Model || object.apiVersion !== "monitoring.coreos.com/v1") {
      throw new Error(`no schema for ${object.apiVersion}/${object.kind}`);
    }
    new Model(object).validate();
    console.log(`ok ${id}`);
  } catch (e) {
    invalid++;
    console.log(`INVALID ${id}: ${e.message}`);
  }
}
process.exit(invalid === 0 ? 0 : 1);

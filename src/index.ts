/**
 * okr2skp as a library: read plans, check them, and hand the results to the renderers. The CLI is a thin layer
 * over these functions.
 */
export { loadPlan, readDocument, parseDocument, type LoadResult } from './io/load.js';
export { normalise } from './io/normalise.js';
export { readYaml } from './io/yaml.js';
export { readXlsx } from './io/xlsx.js';
export { lint, checkPlan, toDiagnostics, type LintOptions } from './rules/run.js';
export { loadConfig, resolveConfig, type ResolvedConfig } from './rules/config.js';
export { RULES, ruleById } from './rules/registry.js';
export { buildGraph, type AlignmentGraph } from './model/graph.js';
export { indexPlan, type PlanIndex } from './model/lookup.js';
export { planJsonSchema } from './model/schema.js';
export { stripLocations, type Plan } from './model/plan.js';
export { OkrError, isOkrError } from './errors.js';
export { summarise, type Diagnostic, type Finding, type Severity } from './diagnostics/finding.js';
export { validate, type ValidateOptions } from './validate.js';
export { computeFigures, renderReport, writeReport, renderHtml, renderXlsx, renderJson, renderMarkdown, REPORT_FORMATS, REPORT_SCHEMA_VERSION, type ReportFigures, type ReportFormat } from './report/index.js';
export { convertPlan, type ConvertOptions, type ConvertResult, type Manifest } from './convert/convert.js';

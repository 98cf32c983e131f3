// entente's HTTP API and dashboard.

export { createApp, DEFAULTS, type AppOptions } from './app.js';
export { startServer, isLoopback, urlFor, type ListenOptions, type RunningServer } from './server.js';
export { HttpError } from './errors.js';
export { EXPORT_FORMATS, exportLines, type ExportFormat } from './routes/export.js';

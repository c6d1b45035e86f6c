export { SqliteSettingsStore } from './sqlite.js';
export { DEFAULT_CHANNEL_SETTINGS, type ChannelSettings, type LookupCount, type SettingsStore } from './types.js';

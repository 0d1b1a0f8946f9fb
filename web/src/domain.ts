/**
 * The corridor's shared vocabulary, imported from the server's own module so the web app and the API
 * never disagree about a language, a country, a profile kind or a stage of the cooperation pipeline.
 */

export * from '../../src/domain/pipeline.js';
export * from '../../src/domain/vocabulary.js';

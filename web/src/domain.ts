/**
 * The corridor's shared vocabulary, imported from the server's own module so the web app and the API
 * never disagree about a language, a country or a profile kind.
 */
export * from '../../src/domain/vocabulary.js';

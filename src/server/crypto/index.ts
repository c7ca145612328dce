export { TOKEN_PREFIX, secretToken, randomId, sha256Hex } from './tokens.js';
export { CredentialCipher, loadSecretKey, parseSecretKey, SecretKeyError } from './cipher.js';

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeFailure, waitInWords } from '../../src/hub/form-model/failure-message.js';
import { en } from '../../src/hub/strings/en.js';
import { fr } from '../../src/hub/strings/fr.js';

const fields = [
  { key: 'subdomain', label: 'Subdomain', secret: false, visible: true },
  { key: 'hidden_secret', label: 'Hidden', secret: true, visible: false },
  { key: 'api_key', label: 'API key', secret: true, visible: true },
];
const context = { provider: 'HubSpot', fields, projectName: 'Acme' };

describe('hub failures in plain words, chosen by code', () => {
  it('a rejection names the provider and the first visible secret field, or the field the server blamed', () => {
    const shown = describeFailure({ code: 'provider_rejected', message: 'HubSpot rejected these credentials (HTTP 401)', providerResponse: '{"x":1}' }, context, en);
    assert.deepEqual(shown, { message: "HubSpot didn't accept that API key. Check it and try again.", field: 'api_key', details: '{"x":1}' });
    const blamed = describeFailure({ code: 'provider_rejected', message: 'm', field: 'subdomain' }, context, en);
    assert.equal(blamed.field, 'subdomain');
    assert.equal(blamed.message, "HubSpot didn't accept that Subdomain. Check it and try again.");
    assert.equal(describeFailure({ code: 'provider_rejected', message: 'm', field: 'hidden_secret' }, context, en).field, 'api_key', 'a hidden field is never blamed');
    assert.equal(describeFailure({ code: 'provider_rejected', message: 'm' }, { provider: 'X' }, en).message, "X didn't accept these details. Check them and try again.");
  });

  it('never reads the message: the same words for any server text', () => {
    const a = describeFailure({ code: 'provider_unreachable', message: 'connect ECONNREFUSED 10.0.0.1' }, context, en);
    const b = describeFailure({ code: 'provider_unreachable', message: 'rejected credentials' }, context, en);
    assert.equal(a.message, b.message);
    assert.equal(a.message, "We couldn't reach HubSpot just now. Try again in a moment.");
    assert.match(a.details ?? '', /ECONNREFUSED/, 'the server text goes to Details');
  });

  it('rate limited turns Retry-After into words, in the catalog language', () => {
    assert.equal(describeFailure({ code: 'rate_limited', message: 'm', retryAfterSeconds: 120 }, context, en).message, 'Too many attempts. Try again in 2 minutes.');
    assert.equal(describeFailure({ code: 'rate_limited', message: 'm', retryAfterSeconds: 30 }, context, en).message, 'Too many attempts. Try again in 30 seconds.');
    assert.equal(describeFailure({ code: 'rate_limited', message: 'm' }, context, en).message, en.rateLimitedSoon);
    assert.equal(describeFailure({ code: 'rate_limited', message: 'm', retryAfterSeconds: 120 }, context, fr).message, 'Trop de tentatives. Réessayez dans 2 minutes.');
    assert.equal(waitInWords(7200, 'en'), 'in 2 hours');
  });

  it('expired link, not set up, network, and unknown codes', () => {
    assert.equal(describeFailure({ code: 'token_expired', message: 'm' }, context, en).message, en.linkExpiredMessage);
    assert.equal(describeFailure({ code: 'oauth_client_missing', message: 'run `connect-hub oauth set`' }, context, en).message, "This connection isn't set up yet. Ask Acme to finish setting it up.");
    assert.equal(describeFailure({ code: 'oauth_client_missing', message: 'm' }, {}, en).message, en.notSetUpNoProject);
    assert.equal(describeFailure({ code: 'network_error', message: 'Failed to fetch' }, context, en).message, en.networkError);
    const unknown = describeFailure({ code: 'internal', message: 'stack trace' }, context, en);
    assert.equal(unknown.message, en.errorFallback);
    assert.equal(unknown.details, 'internal: stack trace');
    assert.equal(describeFailure({ code: 'access_denied', message: en.oauthDenied, providerResponse: 'access_denied' }, context, en).details, undefined);
  });
});

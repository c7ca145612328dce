import type { ConnectorDefinition } from '../schema.js';
import { OAUTH2_AUTH_CODE, pattern, secretField } from './field-kit.js';
import { googleOAuth } from './oauth-kit.js';

const calendly: ConnectorDefinition = {
  key: 'calendly',
  name: 'Calendly',
  category: 'scheduling',
  docs: [
    'https://developer.calendly.com/docs/authentication/how-to-authenticate-with-personal-access-tokens.md',
    'https://developer.calendly.com/personal-access-tokens',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'calendly' },
  auth: { type: 'api_key' },
  fields: [
    secretField('personal_access_token', 'Personal access token', {
      placeholder: 'eyJraWQiOi…',
      description: 'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.',
    }),
  ],
  support: { link: 'https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens' },
  verify: {
    method: 'GET',
    url: 'https://api.calendly.com/users/me',
    headers: { authorization: 'Bearer {{personal_access_token}}' },
    success_statuses: [200],
  },
};

const calCom: ConnectorDefinition = {
  key: 'cal_com',
  name: 'Cal.com',
  category: 'scheduling',
  docs: [
    'https://www.mintlify.com/calcom/cal.com/api/authentication',
    'https://nango.dev/docs/integrations/all/cal-com-v2/connect',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'caldotcom' },
  auth: { type: 'api_key' },
  fields: [
    secretField('api_key', 'API key', {
      placeholder: 'cal_live_…',
      description: 'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.',
      validation: pattern('^cal_(live|test)_[A-Za-z0-9]+$', 'Cal.com API keys start with "cal_live_" or "cal_test_".'),
    }),
  ],
  support: { link: 'https://cal.com/docs/api-reference/v2/introduction' },
  verify: {
    method: 'GET',
    url: 'https://api.cal.com/v2/me',
    headers: { authorization: 'Bearer {{api_key}}' },
    success_statuses: [200],
  },
};

const googleCalendar: ConnectorDefinition = {
  key: 'google_calendar',
  name: 'Google Calendar',
  category: 'scheduling',
  docs: [
    'https://developers.google.com/workspace/calendar/api/guides/auth',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'googlecalendar' },
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  support: { link: 'https://developers.google.com/workspace/calendar/api/guides/auth' },
  oauth: googleOAuth([
    'https://www.googleapis.com/auth/calendar.readonly',
    'https://www.googleapis.com/auth/calendar.events',
  ]),
};

export const SCHEDULING_CONNECTORS: ConnectorDefinition[] = [calendly, calCom, googleCalendar];

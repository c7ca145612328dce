import type { ConnectorTextCatalog } from './index.js';

/*
 * Right to left: \u200e (left-to-right mark) keeps the dot of ".host.com" with the host name, \u200f (right-to-left
 * mark) keeps a parenthesis with the words before it, and ← points from the text's own words to a menu name.
 */

export const he: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'בסביבת הבדיקה כל תת-דומיין מתאים, למשל „acme”.',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'יש להשתמש באותיות לטיניות קטנות, בספרות ובמקפים, למשל „acme”.',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'כדי שזה יצליח יש להזין „sandbox_good”; כל מפתח אחר נדחה.',
  'A pretend HR system for trying Connect Hub offline.': 'מערכת משאבי אנוש מדומה לניסוי Connect Hub ללא חיבור לרשת.',
  // Sandbox ATS
  'Region': 'אזור',
  'Choose a region': 'בחירת אזור',
  'Where the pretend account lives; both regions work.': 'היכן נמצא החשבון המדומה; שני האזורים עובדים.',
  'Europe': 'אירופה',
  'United States': 'ארצות הברית',
  'Any whole number, e.g. 4200.': 'כל מספר שלם, למשל 4200.',
  'The company ID is a whole number.': 'מזהה החברה הוא מספר שלם.',
  'Use "demo".': 'יש להזין „demo”.',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'כדי שזה יצליח יש להזין „sandbox_good”; כל ערך אחר נדחה.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'זו מערכת מדומה למעקב אחר מועמדים שמוגשת על ידי Connect Hub עצמו. שום דבר לא יוצא מהשרת הזה.',
  'Only the password "sandbox_good" is accepted.': 'רק הסיסמה „sandbox_good” מתקבלת.',
  'Once connected, the account appears in the host app and in the dashboard.': 'לאחר החיבור, החשבון מופיע באפליקציה המארחת ובלוח הבקרה.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'מערכת מדומה למעקב אחר מועמדים לניסוי Connect Hub ללא חיבור לרשת.',
  // Sandbox CRM
  'Consent': 'הסכמה',
  'Choose what the pretend provider answers': 'יש לבחור מה הספק המדומה יענה',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'לספק של סביבת הבדיקה אין דף התחברות: הבחירה הזו קובעת מה יענה שלב ההסכמה שלו.',
  'Approve': 'אישור',
  'Approve, with an access token that expires at once': 'אישור, עם אסימון גישה שתוקפו פג מיד',
  'Deny': 'דחייה',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'מערכת CRM מדומה שמתחברת דרך שרת OAuth 2.0 המובנה בסביבת הבדיקה של Connect Hub; שום דבר לא יוצא מהמחשב הזה.',
  // ActiveCampaign
  'Account name': 'שם החשבון',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'ב-ActiveCampaign יש לעבור אל Settings → Developer ולהעתיק את כתובת ה-API\u200f (https://<account>.api-us1.com); יש להזין את החלק <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'יש להזין רק את חלק החשבון מכתובת ה-API, למשל „acme” עבור https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'מוצג מתחת לכתובת ה-API בדף Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'יש לפתוח את מסוף המפתחים של Asana\u200f (My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'ב-Ashby יש לעבור אל Admin → Integrations → API Keys → New, ואז להעתיק את המפתח.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'למפתחות של Ashby אין הרשאות כברירת מחדל: יש להפעיל הרשאת קריאה ל-Candidates, \u200fJobs, \u200fHiring Process ו-API Keys (בדיקת המפתח, apiKey.info, דורשת API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'ב-Attio יש לעבור אל Workspace settings → Developers → New access token ולהעניק הרשאת קריאה לרשומות ולהגדרות האובייקטים.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'ב-Auth0 Dashboard יש לפתוח את Applications ← אפליקציית ה-Machine-to-Machine שלך ← Settings ולהעתיק את „Domain”.',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'יש להזין רק את שם המארח, למשל „acme.eu.auth0.com” (בלי https:// ובלי נתיב).',
  'On the same Settings tab, copy "Client ID".': 'באותה כרטיסיית Settings יש להעתיק את „Client ID”.',
  'On the same Settings tab, copy "Client Secret".': 'באותה כרטיסיית Settings יש להעתיק את „Client Secret”.',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'האפליקציה חייבת להיות אפליקציית Machine-to-Machine שמורשית ל-Auth0 Management API עם read:users לפחות.',
  // BambooHR
  'Company domain': 'דומיין החברה',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'החלק שלפני \u200e.bamboohr.com בכתובת שבה מתחברים (עבור acme.bamboohr.com יש להזין „acme”). הוא מופיע גם בדף תיעוד ה-API בחשבון.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'יש להזין רק את תת-הדומיין, למשל „acme” עבור acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'ב-BambooHR יש ללחוץ על השם שלך (בפינה הימנית העליונה) ← API Keys → Add New Key, ואז להעתיק את המפתח.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'מפתח API יכול לקרוא בדיוק את מה שרואה המשתמש שיצר אותו. יש ליצור אותו כמשתמש עם הרשאות ניהול מלאות.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'ב-Brevo יש ללחוץ על שם החשבון ← SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'מפתחות API של Brevo מתחילים ב-„xkeysib-” (מפתחות SMTP לא מתאימים כאן).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'ב-Cal.com יש לעבור אל Settings → Developer → API keys → Add, ואז להעתיק את המפתח.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'מפתחות API של Cal.com מתחילים ב-„cal_live_” או ב-„cal_test_”.',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'ב-Calendly יש לעבור אל Integrations & apps → API & Webhooks → Get a token now → Generate new token ולבחור את ההרשאות (scopes) שהשילוב הזה צריך.',
  // Canvas LMS
  'Canvas domain': 'דומיין Canvas',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'הכתובת שבה מתחברים ל-Canvas, בלי https://, למשל acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'יש להזין רק את שם המארח, למשל „acme.instructure.com” (בלי https:// ובלי נתיב).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'ב-Canvas יש לעבור אל Account → Settings → Approved Integrations → + New Access Token.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'ב-Close יש לעבור אל Settings → Developer → API Keys → New API Key, ואז להעתיק אותו.',
  'Close API keys start with "api_".': 'מפתחות API של Close מתחילים ב-„api_”.',
  // Confluence
  'Site': 'אתר',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'החלק שלפני \u200e.atlassian.net בכתובת שבה מתחברים (עבור acme.atlassian.net יש להזין „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'יש להזין רק את תת-הדומיין, למשל „acme” עבור acme.atlassian.net.',
  'Atlassian account e-mail': 'כתובת האימייל של חשבון Atlassian',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'כתובת האימייל שבה מתחברים ל-Atlassian; האסימון שייך לחשבון הזה.',
  'Enter a valid e-mail address.': 'יש להזין כתובת אימייל תקינה.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'אפשר ליצור אסימון ב-id.atlassian.com → Security → Create and manage API tokens → Create API token (לא „with scopes”). תוקף האסימונים פג אחרי שנה לכל היותר.',
  // Deel
  'Organization API token': 'אסימון API של הארגון',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'ב-Deel יש לפתוח את More → Developer → Access Tokens → Generate new token, לבחור „Organization token” ולהעתיק אותו.',
  // Docebo
  'Platform domain': 'דומיין הפלטפורמה',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'הכתובת של פלטפורמת Docebo שלך בלי https://, למשל acme.docebosaas.com או learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'יש להזין רק את שם המארח, למשל „acme.docebosaas.com” (בלי https:// ובלי נתיב).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: ה-Client ID של האפליקציה.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'ה-Client Secret ש-Docebo יצר עבור אפליקציית OAuth2 הזו.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'מנהל-על ב-Docebo צריך להפעיל את „API and SSO” ולהוסיף אפליקציה תחת API Credentials, עם כתובת ההפניה שהאפליקציה שמחברים מציינת עבור Docebo; לאחר מכן יש להזין כאן את מזהה הלקוח והסוד שלה.',
  // Freshdesk
  'Helpdesk domain': 'דומיין מרכז התמיכה',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'החלק שלפני \u200e.freshdesk.com בכתובת שבה מתחברים (עבור acme.freshdesk.com יש להזין „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'יש להזין רק את תת-הדומיין, למשל „acme” עבור acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'ב-Freshdesk יש ללחוץ על תמונת הפרופיל ← Profile settings → „View API key” מימין.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'עבור מאגרים של ארגון, ייתכן שבעלים יצטרך לאשר את האפליקציה תחת „Third-party access”.',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'יש להתחבר עם חשבון מנהל-על של Google Workspace; משתמשים אחרים לא יכולים לקרוא את הספרייה.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'ב-Greenhouse יש לעבור אל Configure → Dev Center → API Credentials → Create new API credentials, מסוג „Harvest V3 (OAuth)”; בכרטיסיית Settings שלו יש לסמן את הרשאות Harvest למועמדים, למועמדויות, למשרות ולמשתמשים, ואז להעתיק את ה-Client ID.',
  'Shown next to the Client ID of the same credential.': 'מוצג ליד ה-Client ID של אותם פרטי גישה.',
  'User ID (optional)': 'מזהה משתמש (רשות)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'המזהה המספרי של משתמש Greenhouse שבשמו פועל השילוב (יומן ביקורת, הרשאות); אפשר להשאיר ריק כדי להשתמש ב-Integration Service User של פרטי הגישה.',
  'A Greenhouse user ID is a number.': 'מזהה משתמש ב-Greenhouse הוא מספר.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'פרטי גישה של Harvest v3 מגיעים רק להרשאות שסומנו תחת Manage Scopes: יש להפעיל read/list עבור Candidates, \u200fApplications, \u200fJobs ו-Users.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'יש להתחבר כמנהל Gusto של החברה שרוצים לחבר.',
  // HiBob
  'Service user ID': 'מזהה משתמש השירות',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'ב-Bob יש לעבור אל System settings → Integrations → Automation → Service users → Manage, ליצור משתמש שירות ולהעתיק את המזהה שלו.',
  'Service user token': 'אסימון משתמש השירות',
  'Shown once when the service user is created; store it before closing the dialog.': 'מוצג פעם אחת בלבד, כשמשתמש השירות נוצר; יש לשמור אותו לפני סגירת תיבת הדו-שיח.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'למשתמשי שירות אין הרשאות בהתחלה: יש להוסיף את המשתמש הזה לקבוצת הרשאות שיכולה לקרוא נתוני People.',
  // Humaans
  'API access token': 'אסימון גישה ל-API',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'ב-Humaans יש ללחוץ על החצים ליד השם שלך (בפינה השמאלית העליונה) ← API access tokens → Generate new token, לסמן את View public data\u200f (public:read) – ואת View public and private data אם משתפים שדות פרטיים – ואז להעתיק אותו.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'המסוף שבו מתחברים: console.eu.jumpcloud.com פירושו אירופה.',
  'India': 'הודו',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'ב-JumpCloud Admin Portal יש ללחוץ על ראשי התיבות של החשבון (בפינה הימנית העליונה) ← My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'יצירת מפתח חדש מבטלת את הקודם: כל שילוב שעדיין משתמש בו יפסיק לעבוד.',
  // Klaviyo
  'Private API key': 'מפתח API פרטי',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'ב-Klaviyo יש לעבור אל Settings → Account → API keys → Create Private API Key (הרשאת קריאה בלבד מספיקה).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'מפתחות Klaviyo פרטיים מתחילים ב-„pk_” (מזהי אתר ציבוריים לא מתאימים).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'ב-Lever יש לעבור אל Settings → Integrations and API → API Credentials → Generate new key (למנהלי-על בלבד).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'רק מנהלי-על ב-Lever יכולים ליצור מפתחות API; יש לסמן הרשאות קריאה לנקודות הקצה שמשתפים (users, \u200fopportunities, \u200fpostings).',
  // Linear
  'Personal API key': 'מפתח API אישי',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'ב-Linear יש לעבור אל Settings → Account → Security & access → Personal API keys → New API key.',
  'Linear API keys start with "lin_api_".': 'מפתחות API של Linear מתחילים ב-„lin_api_”.',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'ב-Mailchimp יש ללחוץ על הפרופיל ← Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'מפתח Mailchimp בנוי מ-32 תווים הקסדצימליים, מקף ומרכז נתונים, למשל „…-us21”.',
  'Data centre': 'מרכז נתונים',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'החלק של מפתח ה-API שאחרי המקף (עבור „…-us21” יש להזין „us21”).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'יש להזין את מרכז הנתונים שבסוף המפתח, למשל „us21”.',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'קריאת משתמשים וקבוצות דורשת הסכמת מנהל: יש להתחבר כמנהל כללי או כמנהל תפקידים בעלי הרשאות.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'ייתכן שמנהל Microsoft 365 בארגון יצטרך לתת הסכמה בשם הארגון.',
  // Notion
  'Internal integration secret': 'סוד שילוב פנימי',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'בעלים של סביבת העבודה יוצר שילוב פנימי ב-notion.so/profile/integrations (בסביבות עבודה חדשות יותר: app.notion.com/developers/connections) ומעתיק את הסוד שלו.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'סודות שילוב של Notion מתחילים ב-„ntn_” (ישנים יותר ב-„secret_”).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'השילוב רואה רק דפים ששותפו איתו: יש לפתוח כל דף, ללחוץ על ••• ← Connections ולהוסיף את השילוב.',
  // Okta
  'Okta domain': 'דומיין Okta',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'הכתובת של ארגון ה-Okta שלך בלי https://, למשל acme.okta.com או דומיין מותאם אישית כמו login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'יש להזין רק את שם המארח, למשל „acme.okta.com” (בלי https:// ובלי נתיב).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'ב-Okta Admin Console יש לעבור אל Security → API → Tokens → Create token, ואז להעתיק את הערך שלו.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'לאסימון יש ההרשאות של המנהל שיצר אותו, והוא מבוטל אם המנהל הזה מושבת; גם אסימונים שלא נעשה בהם שימוש במשך 30 יום מבוטלים. יש ליצור אותו עם חשבון שירות של מנהל לקריאה בלבד.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'החלק שלפני \u200e.onelogin.com בכתובת שבה מתחברים (עבור acme.onelogin.com יש להזין „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'יש להזין רק את תת-הדומיין, למשל „acme” עבור acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'ב-OneLogin יש לעבור אל Administration → Developers → API Credentials → New Credential („Read users”), ואז להעתיק את ה-Client ID.',
  'Shown next to the Client ID of the same API credential.': 'מוצג ליד ה-Client ID של אותם פרטי גישה ל-API.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'ב-Personio יש לעבור אל Settings → API credentials → Create custom integration, לתת לו שם, לבחור את הרשאות הקריאה ואת מאפייני העובדים לשיתוף, ואז להעתיק את ה-Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'מוצג פעם אחת ליד ה-Client ID, כשפרטי הגישה נוצרים.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'בעת יצירת פרטי הגישה יש להעניק הרשאת קריאה למאפייני העובדים שרוצים לשתף; שאר המאפיינים נשארים מוסתרים.',
  // Pipedrive
  '40 hexadecimal characters': '40 תווים הקסדצימליים',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'ב-Pipedrive יש ללחוץ על תמונת הפרופיל ← Personal preferences → API, ואז להעתיק את „Your personal API token”.',
  'A Pipedrive API token is 40 hexadecimal characters.': 'אסימון API של Pipedrive הוא 40 תווים הקסדצימליים.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'יש להתחבר כמנהל הראשי או כמנהל החברה ב-QuickBooks.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'מוצג ב-Settings → Apps and plugins → Personal API tokens, ובכתובות ה-URL של האפליקציה אחרי „company=”.',
  'The company ID is a number.': 'מזהה החברה הוא מספר.',
  'On the same page click "+ New token", give it a label and copy the token.': 'באותו דף יש ללחוץ על „+ New token”, לתת לו תווית ולהעתיק את האסימון.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'האסימון יכול לעשות בדיוק מה שהיוצר שלו יכול לעשות ב-Recruitee: יש ליצור אותו כמנהל.',
  // Salesforce
  'Login host': 'מארח ההתחברות',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, או test.salesforce.com לסביבת sandbox, או ה-My Domain שלך, למשל acme.my.salesforce.com או acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'יש להזין login.salesforce.com, \u200ftest.salesforce.com או מארח My Domain כמו acme.my.salesforce.com (בלי https://).',
  // ServiceNow
  'Instance': 'מופע',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'החלק שלפני \u200e.service-now.com בכתובת שבה מתחברים (עבור acme.service-now.com יש להזין „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'יש להזין רק את תת-הדומיין, למשל „acme” עבור acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'ה-User ID של משתמש ServiceNow שנוצר עבור השילוב הזה (System Security → Users).',
  'The password of that user.': 'הסיסמה של המשתמש הזה.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'יש לסמן „Web service access only” אצל משתמש השילוב ולתת לו את התפקיד itil (או ACL לקריאה בטבלאות שמשתפים), ואם ACL לגישה ל-REST API מופעלים, גם את התפקיד snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'בחלק מסביבות העבודה מנהל צריך לאשר אפליקציות חדשות לפני שאפשר להתקין אותן.',
  // SmartRecruiters
  'API key (SmartToken)': 'מפתח API\u200f (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'ב-SmartRecruiters יש לעבור אל Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
  'Only SmartRecruiters administrators can create API credentials.': 'רק מנהלי SmartRecruiters יכולים ליצור פרטי גישה ל-API.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'החלק שלפני \u200e.talentlms.com בכתובת שבה מתחברים (עבור acme.talentlms.com יש להזין „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'יש להזין רק את תת-הדומיין, למשל „acme” עבור acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'ב-TalentLMS יש לעבור אל Account & Settings → Integrations → API, להפעיל את ה-API ולהעתיק את מפתח ה-API.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'ה-API כבוי כברירת מחדל ואינו זמין בתוכנית Free או בתקופת ניסיון: מנהל צריך להפעיל אותו.',
  // Teamtailor
  'Data region': 'אזור הנתונים',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'היכן מתארח חשבון ה-Teamtailor שלך; חשבונות שנוצרו ב-teamtailor.com בארה״ב משתמשים בצפון אמריקה.',
  'North America': 'צפון אמריקה',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'ב-Teamtailor יש לעבור אל Settings → Integrations → API keys → New API key, היקף „Admin”, הרשאה „Read”.',
  // Twilio
  'Account SID': 'SID של החשבון',
  'On the Twilio Console home page, under "Account Info".': 'בדף הבית של Twilio Console, תחת „Account Info”.',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'SID של חשבון הוא „AC” ואחריו 32 תווים הקסדצימליים.',
  'Auth token': 'אסימון אימות',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'ליד ה-Account SID בדף הבית של ה-Console; יש ללחוץ על „Show” כדי להציג אותו.',
  // Workable
  'Account subdomain': 'תת-הדומיין של החשבון',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'החלק שלפני \u200e.workable.com בכתובת שבה מתחברים (עבור acme.workable.com יש להזין „acme”). הוא מופיע ב-Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'יש להזין רק את תת-הדומיין, למשל „acme” עבור acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'ב-Workable יש לעבור אל Settings → Integrations → Access token → Generate new token ולסמן את ההרשאות r_account, \u200fr_jobs ו-r_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero שואל איזה ארגון לשתף: יש לבחור ארגון אחד לכל חיבור.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'החלק שלפני \u200e.zendesk.com בכתובת שבה מתחברים (עבור acme.zendesk.com יש להזין „acme”).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'יש להזין רק את תת-הדומיין, למשל „acme” עבור acme.zendesk.com.',
  'Agent e-mail': 'כתובת האימייל של הנציג',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'כתובת האימייל של המנהל או הנציג ב-Zendesk שבשמו פועל האסימון.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'ב-Admin Center יש לעבור אל Apps and integrations → APIs → API tokens → Add API token, ואז להעתיק אותו.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'יש להפעיל גישה באמצעות אסימון ב-Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'בחירת מרכז הנתונים',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'הדומיין שבו מתחברים ל-Zoho, למשל crm.zoho.eu פירושו אירופה.',
  'United States (zoho.com)': 'ארצות הברית (zoho.com)',
  'Europe (zoho.eu)': 'אירופה (zoho.eu)',
  'India (zoho.in)': 'הודו (zoho.in)',
  'Australia (zoho.com.au)': 'אוסטרליה (zoho.com.au)',
  'Japan (zoho.jp)': 'יפן (zoho.jp)',
  'Canada (zohocloud.ca)': 'קנדה (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'ערב הסעודית (zoho.sa)',
  'United Kingdom (zoho.uk)': 'הממלכה המאוחדת (zoho.uk)',
  'China (zoho.com.cn)': 'סין (zoho.com.cn)',
};

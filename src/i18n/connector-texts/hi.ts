import type { ConnectorTextCatalog } from './index.js';

export const hi: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'सैंडबॉक्स में कोई भी सबडोमेन चलता है, जैसे “acme”।',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'छोटे अक्षर, अंक और डैश इस्तेमाल करें, जैसे “acme”।',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'सफल होने के लिए “sandbox_good” डालें; कोई भी दूसरी कुंजी अस्वीकार कर दी जाती है।',
  'A pretend HR system for trying Connect Hub offline.': 'Connect Hub को ऑफ़लाइन आज़माने के लिए एक नकली HR सिस्टम।',
  // Sandbox ATS
  'Region': 'क्षेत्र',
  'Choose a region': 'क्षेत्र चुनें',
  'Where the pretend account lives; both regions work.': 'नकली खाता कहाँ है; दोनों क्षेत्र काम करते हैं।',
  'Europe': 'यूरोप',
  'United States': 'संयुक्त राज्य अमेरिका',
  'Any whole number, e.g. 4200.': 'कोई भी पूर्ण संख्या, जैसे 4200।',
  'The company ID is a whole number.': 'कंपनी ID एक पूर्ण संख्या है।',
  'Use "demo".': '“demo” डालें।',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'सफल होने के लिए “sandbox_good” डालें; बाकी सब कुछ अस्वीकार कर दिया जाता है।',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'यह Connect Hub द्वारा खुद चलाया जाने वाला एक नकली भर्ती सिस्टम है। इस सर्वर से बाहर कुछ नहीं जाता।',
  'Only the password "sandbox_good" is accepted.': 'सिर्फ़ पासवर्ड “sandbox_good” स्वीकार किया जाता है।',
  'Once connected, the account appears in the host app and in the dashboard.': 'कनेक्ट होने के बाद खाता होस्ट ऐप और डैशबोर्ड में दिखता है।',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'Connect Hub को ऑफ़लाइन आज़माने के लिए एक नकली भर्ती सिस्टम।',
  // Sandbox CRM
  'Consent': 'सहमति',
  'Choose what the pretend provider answers': 'चुनें कि नकली प्रदाता क्या जवाब दे',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'सैंडबॉक्स प्रदाता का कोई लॉगिन पेज नहीं है: यह विकल्प तय करता है कि उसका सहमति चरण क्या जवाब देगा।',
  'Approve': 'स्वीकृत करें',
  'Approve, with an access token that expires at once': 'स्वीकृत करें, ऐसे ऐक्सेस टोकन के साथ जो तुरंत समाप्त हो जाता है',
  'Deny': 'अस्वीकार करें',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'एक नकली CRM जो Connect Hub सैंडबॉक्स में बने OAuth 2.0 सर्वर के ज़रिए कनेक्ट होता है; इस मशीन से बाहर कुछ नहीं जाता।',
  // ActiveCampaign
  'Account name': 'खाते का नाम',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'ActiveCampaign में Settings → Developer पर जाएँ और API URL (https://<account>.api-us1.com) कॉपी करें; उसका <account> वाला हिस्सा डालें।',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'API URL का सिर्फ़ खाते वाला हिस्सा डालें, जैसे https://acme.api-us1.com के लिए “acme”।',
  'Shown below the API URL on Settings → Developer.': 'Settings → Developer पर API URL के नीचे दिखता है।',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'Asana का डेवलपर कंसोल खोलें (My settings → Apps → Developer apps) → Create new token।',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'Ashby में Admin → Integrations → API Keys → New पर जाएँ, फिर कुंजी कॉपी करें।',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'Ashby कुंजियों के पास डिफ़ॉल्ट रूप से कोई अनुमति नहीं होती: Candidates, Jobs, Hiring Process और API Keys के लिए पढ़ने की ऐक्सेस चालू करें (कुंजी की जाँच, apiKey.info, के लिए API Keys: Read ज़रूरी है)।',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'Attio में Workspace settings → Developers → New access token पर जाएँ और रिकॉर्ड व ऑब्जेक्ट कॉन्फ़िगरेशन को पढ़ने की ऐक्सेस दें।',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'Auth0 Dashboard में Applications → अपना Machine-to-Machine ऐप्लिकेशन → Settings खोलें और “Domain” कॉपी करें।',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'सिर्फ़ होस्ट नाम डालें, जैसे “acme.eu.auth0.com” (https:// और पाथ के बिना)।',
  'On the same Settings tab, copy "Client ID".': 'उसी Settings टैब में “Client ID” कॉपी करें।',
  'On the same Settings tab, copy "Client Secret".': 'उसी Settings टैब में “Client Secret” कॉपी करें।',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'ऐप्लिकेशन ऐसा Machine-to-Machine ऐप होना चाहिए जिसे Auth0 Management API के लिए कम से कम read:users की अनुमति मिली हो।',
  // BambooHR
  'Company domain': 'कंपनी डोमेन',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'जिस पते पर आप साइन इन करते हैं, उसमें .bamboohr.com से पहले का हिस्सा (acme.bamboohr.com के लिए “acme” डालें)। यह आपके खाते के API दस्तावेज़ पेज पर भी दिखता है।',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'सिर्फ़ सबडोमेन डालें, जैसे acme.bamboohr.com के लिए “acme”।',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'BambooHR में अपने नाम (ऊपर दाईं ओर) → API Keys → Add New Key पर क्लिक करें, फिर कुंजी कॉपी करें।',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'API कुंजी ठीक वही पढ़ सकती है जो उसे बनाने वाला उपयोगकर्ता देख सकता है। इसे पूरी एडमिन ऐक्सेस वाले उपयोगकर्ता से बनाएँ।',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'Brevo में अपने खाते के नाम → SMTP & API → API keys → Generate a new API key पर क्लिक करें।',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'Brevo की API कुंजियाँ “xkeysib-” से शुरू होती हैं (SMTP कुंजियाँ यहाँ काम नहीं करतीं)।',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'Cal.com में Settings → Developer → API keys → Add पर जाएँ, फिर कुंजी कॉपी करें।',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'Cal.com की API कुंजियाँ “cal_live_” या “cal_test_” से शुरू होती हैं।',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'Calendly में Integrations & apps → API & Webhooks → Get a token now → Generate new token पर जाएँ और वे स्कोप चुनें जिनकी इस इंटीग्रेशन को ज़रूरत है।',
  // Canvas LMS
  'Canvas domain': 'Canvas डोमेन',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'वह पता जिस पर आप Canvas में साइन इन करते हैं, https:// के बिना, जैसे acme.instructure.com।',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'सिर्फ़ होस्ट नाम डालें, जैसे “acme.instructure.com” (https:// और पाथ के बिना)।',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'Canvas में Account → Settings → Approved Integrations → + New Access Token पर जाएँ।',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'Close में Settings → Developer → API Keys → New API Key पर जाएँ, फिर उसे कॉपी करें।',
  'Close API keys start with "api_".': 'Close की API कुंजियाँ “api_” से शुरू होती हैं।',
  // Confluence
  'Site': 'साइट',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'जिस पते पर आप साइन इन करते हैं, उसमें .atlassian.net से पहले का हिस्सा (acme.atlassian.net के लिए “acme” डालें)।',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'सिर्फ़ सबडोमेन डालें, जैसे acme.atlassian.net के लिए “acme”।',
  'Atlassian account e-mail': 'Atlassian खाते का ईमेल',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'वह ईमेल जिससे आप Atlassian में साइन इन करते हैं; टोकन इसी खाते का है।',
  'Enter a valid e-mail address.': 'एक मान्य ईमेल पता डालें।',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'इसे id.atlassian.com → Security → Create and manage API tokens → Create API token पर बनाएँ (“with scopes” वाला नहीं)। टोकन ज़्यादा से ज़्यादा एक साल बाद समाप्त हो जाते हैं।',
  // Deel
  'Organization API token': 'संगठन का API टोकन',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'Deel में More → Developer → Access Tokens → Generate new token खोलें, “Organization token” चुनें और उसे कॉपी करें।',
  // Docebo
  'Platform domain': 'प्लैटफ़ॉर्म डोमेन',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'आपके Docebo प्लैटफ़ॉर्म का पता, https:// के बिना, जैसे acme.docebosaas.com या learn.acme.com।',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'सिर्फ़ होस्ट नाम डालें, जैसे “acme.docebosaas.com” (https:// और पाथ के बिना)।',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: उस ऐप का Client ID।',
  'The Client Secret Docebo generated for that OAuth2 app.': 'वह Client Secret जो Docebo ने उस OAuth2 ऐप के लिए बनाया।',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'Docebo के सुपर एडमिन को “API and SSO” चालू करना होगा और API Credentials में एक ऐप्लिकेशन जोड़ना होगा, उस रीडायरेक्ट URL के साथ जो आप जिस ऐप को कनेक्ट कर रहे हैं वह Docebo के लिए बताता है; फिर उसका क्लाइंट ID और सीक्रेट यहाँ डालें।',
  // Freshdesk
  'Helpdesk domain': 'हेल्पडेस्क डोमेन',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'जिस पते पर आप साइन इन करते हैं, उसमें .freshdesk.com से पहले का हिस्सा (acme.freshdesk.com के लिए “acme” डालें)।',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'सिर्फ़ सबडोमेन डालें, जैसे acme.freshdesk.com के लिए “acme”।',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'Freshdesk में अपनी प्रोफ़ाइल फ़ोटो → Profile settings → दाईं ओर “View API key” पर क्लिक करें।',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'किसी संगठन की रिपॉज़िटरी के लिए, हो सकता है किसी मालिक को “Third-party access” में ऐप को स्वीकृत करना पड़े।',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'Google Workspace के सुपर एडमिन खाते से साइन इन करें; दूसरे उपयोगकर्ता डायरेक्टरी नहीं पढ़ सकते।',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'Greenhouse में Configure → Dev Center → API Credentials → Create new API credentials पर जाएँ, प्रकार “Harvest V3 (OAuth)”; उसके Settings टैब में उम्मीदवारों, आवेदनों, नौकरियों और उपयोगकर्ताओं के लिए Harvest स्कोप चुनें, फिर Client ID कॉपी करें।',
  'Shown next to the Client ID of the same credential.': 'उसी क्रेडेंशियल के Client ID के बगल में दिखता है।',
  'User ID (optional)': 'उपयोगकर्ता ID (वैकल्पिक)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'उस Greenhouse उपयोगकर्ता की संख्यात्मक ID जिसकी ओर से इंटीग्रेशन काम करता है (ऑडिट लॉग, अनुमतियाँ); क्रेडेंशियल के Integration Service User का इस्तेमाल करने के लिए खाली छोड़ें।',
  'A Greenhouse user ID is a number.': 'Greenhouse उपयोगकर्ता ID एक संख्या होती है।',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'Harvest v3 क्रेडेंशियल सिर्फ़ उन्हीं स्कोप तक पहुँचते हैं जो Manage Scopes में चुने गए हों: Candidates, Applications, Jobs और Users के लिए read/list चालू करें।',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'जिस कंपनी को कनेक्ट करना है, उसके Gusto एडमिन के रूप में साइन इन करें।',
  // HiBob
  'Service user ID': 'सेवा उपयोगकर्ता ID',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'Bob में System settings → Integrations → Automation → Service users → Manage पर जाएँ, एक सेवा उपयोगकर्ता बनाएँ और उसकी ID कॉपी करें।',
  'Service user token': 'सेवा उपयोगकर्ता टोकन',
  'Shown once when the service user is created; store it before closing the dialog.': 'सेवा उपयोगकर्ता बनाते समय सिर्फ़ एक बार दिखता है; डायलॉग बंद करने से पहले इसे सहेज लें।',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'सेवा उपयोगकर्ताओं के पास शुरुआत में कोई अनुमति नहीं होती: इसे ऐसे अनुमति समूह में जोड़ें जो People डेटा पढ़ सके।',
  // Humaans
  'API access token': 'API ऐक्सेस टोकन',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'Humaans में अपने नाम के बगल के तीरों (ऊपर बाईं ओर) → API access tokens → Generate new token पर क्लिक करें, View public data (public:read) चुनें — और अगर आप निजी फ़ील्ड शेयर करते हैं तो View public and private data भी — फिर उसे कॉपी करें।',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'वह कंसोल जिसमें आप साइन इन करते हैं: console.eu.jumpcloud.com का मतलब यूरोप है।',
  'India': 'भारत',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'JumpCloud Admin Portal में अपने खाते के आद्याक्षरों (ऊपर दाईं ओर) → My API Key → Generate New API Key पर क्लिक करें।',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'नई कुंजी बनाने से पिछली कुंजी रद्द हो जाती है: जो भी इंटीग्रेशन अब भी उसे इस्तेमाल कर रहा है, वह काम करना बंद कर देगा।',
  // Klaviyo
  'Private API key': 'निजी API कुंजी',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'Klaviyo में Settings → Account → API keys → Create Private API Key पर जाएँ (सिर्फ़ पढ़ने की ऐक्सेस काफ़ी है)।',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'Klaviyo की निजी कुंजियाँ “pk_” से शुरू होती हैं (सार्वजनिक साइट ID काम नहीं करतीं)।',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'Lever में Settings → Integrations and API → API Credentials → Generate new key पर जाएँ (सिर्फ़ सुपर एडमिन)।',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'सिर्फ़ Lever के सुपर एडमिन API कुंजियाँ बना सकते हैं; जिन एंडपॉइंट को आप शेयर करते हैं (users, opportunities, postings), उनके लिए पढ़ने की अनुमतियाँ चुनें।',
  // Linear
  'Personal API key': 'निजी API कुंजी',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'Linear में Settings → Account → Security & access → Personal API keys → New API key पर जाएँ।',
  'Linear API keys start with "lin_api_".': 'Linear की API कुंजियाँ “lin_api_” से शुरू होती हैं।',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'Mailchimp में अपनी प्रोफ़ाइल → Profile → Extras → API keys → Create A Key पर क्लिक करें।',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'Mailchimp कुंजी में 32 हेक्साडेसिमल वर्ण, एक डैश और एक डेटा सेंटर होता है, जैसे “…-us21”।',
  'Data centre': 'डेटा सेंटर',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'API कुंजी में डैश के बाद का हिस्सा (“…-us21” के लिए “us21” डालें)।',
  'Enter the data centre from the end of your key, e.g. "us21".': 'अपनी कुंजी के आखिर से डेटा सेंटर डालें, जैसे “us21”।',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'उपयोगकर्ताओं और समूहों को पढ़ने के लिए एडमिन की सहमति चाहिए: ग्लोबल एडमिनिस्ट्रेटर या प्रिविलेज्ड रोल एडमिनिस्ट्रेटर के रूप में साइन इन करें।',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'हो सकता है आपके Microsoft 365 एडमिन को संगठन की ओर से सहमति देनी पड़े।',
  // Notion
  'Internal integration secret': 'आंतरिक इंटीग्रेशन सीक्रेट',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'वर्कस्पेस का मालिक notion.so/profile/integrations (नए वर्कस्पेस में: app.notion.com/developers/connections) पर एक आंतरिक इंटीग्रेशन बनाता है और उसका सीक्रेट कॉपी करता है।',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'Notion इंटीग्रेशन सीक्रेट “ntn_” से शुरू होते हैं (पुराने “secret_” से)।',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'इंटीग्रेशन सिर्फ़ उसके साथ शेयर किए गए पेज देखता है: हर पेज खोलें, ••• → Connections पर क्लिक करें और इंटीग्रेशन जोड़ें।',
  // Okta
  'Okta domain': 'Okta डोमेन',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'आपके Okta संगठन का पता, https:// के बिना, जैसे acme.okta.com या login.acme.com जैसा कस्टम डोमेन।',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'सिर्फ़ होस्ट नाम डालें, जैसे “acme.okta.com” (https:// और पाथ के बिना)।',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'Okta Admin Console में Security → API → Tokens → Create token पर जाएँ, फिर उसकी वैल्यू कॉपी करें।',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'टोकन के पास उसे बनाने वाले एडमिन के अधिकार होते हैं और उस एडमिन के निष्क्रिय होने पर वह रद्द हो जाता है; 30 दिन तक इस्तेमाल न हुए टोकन भी रद्द हो जाते हैं। इसे सिर्फ़ पढ़ने वाले एडमिन सेवा खाते से बनाएँ।',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'जिस पते पर आप साइन इन करते हैं, उसमें .onelogin.com से पहले का हिस्सा (acme.onelogin.com के लिए “acme” डालें)।',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'सिर्फ़ सबडोमेन डालें, जैसे acme.onelogin.com के लिए “acme”।',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'OneLogin में Administration → Developers → API Credentials → New Credential (“Read users”) पर जाएँ, फिर Client ID कॉपी करें।',
  'Shown next to the Client ID of the same API credential.': 'उसी API क्रेडेंशियल के Client ID के बगल में दिखता है।',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'Personio में Settings → API credentials → Create custom integration पर जाएँ, उसे नाम दें, पढ़ने के स्कोप और शेयर करने वाले कर्मचारी गुण चुनें, फिर Client ID कॉपी करें।',
  'Shown once next to the Client ID when the credential is generated.': 'क्रेडेंशियल बनाते समय Client ID के बगल में एक बार दिखता है।',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'क्रेडेंशियल बनाते समय उन कर्मचारी गुणों को पढ़ने की ऐक्सेस दें जिन्हें आप शेयर करना चाहते हैं; बाकी गुण छिपे रहते हैं।',
  // Pipedrive
  '40 hexadecimal characters': '40 हेक्साडेसिमल वर्ण',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'Pipedrive में अपनी प्रोफ़ाइल फ़ोटो → Personal preferences → API पर क्लिक करें, फिर “Your personal API token” कॉपी करें।',
  'A Pipedrive API token is 40 hexadecimal characters.': 'Pipedrive API टोकन में 40 हेक्साडेसिमल वर्ण होते हैं।',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'QuickBooks कंपनी के प्राइमरी एडमिन या कंपनी एडमिन के रूप में साइन इन करें।',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'Settings → Apps and plugins → Personal API tokens पर दिखता है, और ऐप URL में “company=” के बाद भी।',
  'The company ID is a number.': 'कंपनी ID एक संख्या है।',
  'On the same page click "+ New token", give it a label and copy the token.': 'उसी पेज पर “+ New token” पर क्लिक करें, उसे एक लेबल दें और टोकन कॉपी करें।',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'टोकन ठीक वही कर सकता है जो उसे बनाने वाला Recruitee में कर सकता है: इसे एडमिन के रूप में बनाएँ।',
  // Salesforce
  'Login host': 'लॉगिन होस्ट',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com, सैंडबॉक्स के लिए test.salesforce.com, या आपका My Domain, जैसे acme.my.salesforce.com या acme--uat.sandbox.my.salesforce.com।',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'login.salesforce.com, test.salesforce.com या acme.my.salesforce.com जैसा My Domain होस्ट डालें (https:// के बिना)।',
  // ServiceNow
  'Instance': 'इंस्टेंस',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'जिस पते पर आप साइन इन करते हैं, उसमें .service-now.com से पहले का हिस्सा (acme.service-now.com के लिए “acme” डालें)।',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'सिर्फ़ सबडोमेन डालें, जैसे acme.service-now.com के लिए “acme”।',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'इस इंटीग्रेशन के लिए बनाए गए ServiceNow उपयोगकर्ता का User ID (System Security → Users)।',
  'The password of that user.': 'उस उपयोगकर्ता का पासवर्ड।',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'इंटीग्रेशन उपयोगकर्ता पर “Web service access only” चुनें और उसे itil भूमिका दें (या शेयर की गई टेबल पर पढ़ने की ACL), और अगर REST API ऐक्सेस ACL चालू हैं, तो snc_platform_rest_api_access भूमिका भी दें।',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'कुछ वर्कस्पेस में नए ऐप इंस्टॉल होने से पहले किसी एडमिन की स्वीकृति ज़रूरी होती है।',
  // SmartRecruiters
  'API key (SmartToken)': 'API कुंजी (SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'SmartRecruiters में Settings → Admin → Apps & Integrations → Credentials → New credential → API key पर जाएँ।',
  'Only SmartRecruiters administrators can create API credentials.': 'सिर्फ़ SmartRecruiters के एडमिनिस्ट्रेटर API क्रेडेंशियल बना सकते हैं।',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'जिस पते पर आप साइन इन करते हैं, उसमें .talentlms.com से पहले का हिस्सा (acme.talentlms.com के लिए “acme” डालें)।',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'सिर्फ़ सबडोमेन डालें, जैसे acme.talentlms.com के लिए “acme”।',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'TalentLMS में Account & Settings → Integrations → API पर जाएँ, API चालू करें और API कुंजी कॉपी करें।',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'API डिफ़ॉल्ट रूप से बंद रहता है और Free प्लान या ट्रायल में उपलब्ध नहीं है: किसी एडमिनिस्ट्रेटर को इसे चालू करना होगा।',
  // Teamtailor
  'Data region': 'डेटा क्षेत्र',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'आपका Teamtailor खाता कहाँ होस्ट है; अमेरिका में teamtailor.com पर बने खाते उत्तरी अमेरिका इस्तेमाल करते हैं।',
  'North America': 'उत्तरी अमेरिका',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'Teamtailor में Settings → Integrations → API keys → New API key पर जाएँ, स्कोप “Admin”, अनुमति “Read”।',
  // Twilio
  'Account SID': 'खाता SID',
  'On the Twilio Console home page, under "Account Info".': 'Twilio Console के होम पेज पर, “Account Info” के नीचे।',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'खाता SID “AC” के बाद 32 हेक्साडेसिमल वर्णों से बनता है।',
  'Auth token': 'ऑथ टोकन',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'Console के होम पेज पर Account SID के बगल में; इसे देखने के लिए “Show” पर क्लिक करें।',
  // Workable
  'Account subdomain': 'खाते का सबडोमेन',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'जिस पते पर आप साइन इन करते हैं, उसमें .workable.com से पहले का हिस्सा (acme.workable.com के लिए “acme” डालें)। यह Settings → Company profile में दिखता है।',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'सिर्फ़ सबडोमेन डालें, जैसे acme.workable.com के लिए “acme”।',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'Workable में Settings → Integrations → Access token → Generate new token पर जाएँ और स्कोप r_account, r_jobs और r_candidates चुनें।',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'Xero पूछता है कि कौन-सा संगठन शेयर करना है: हर कनेक्शन के लिए एक चुनें।',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'जिस पते पर आप साइन इन करते हैं, उसमें .zendesk.com से पहले का हिस्सा (acme.zendesk.com के लिए “acme” डालें)।',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'सिर्फ़ सबडोमेन डालें, जैसे acme.zendesk.com के लिए “acme”।',
  'Agent e-mail': 'एजेंट का ईमेल',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'उस Zendesk एडमिन या एजेंट का ईमेल पता जिसकी ओर से टोकन काम करता है।',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'Admin Center में Apps and integrations → APIs → API tokens → Add API token पर जाएँ, फिर उसे कॉपी करें।',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'Admin Center → Apps and integrations → APIs → Settings में टोकन ऐक्सेस चालू होना चाहिए।',
  // Zoho CRM
  'Choose your data centre': 'अपना डेटा सेंटर चुनें',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'वह डोमेन जिस पर आप Zoho में साइन इन करते हैं, जैसे crm.zoho.eu का मतलब यूरोप है।',
  'United States (zoho.com)': 'संयुक्त राज्य अमेरिका (zoho.com)',
  'Europe (zoho.eu)': 'यूरोप (zoho.eu)',
  'India (zoho.in)': 'भारत (zoho.in)',
  'Australia (zoho.com.au)': 'ऑस्ट्रेलिया (zoho.com.au)',
  'Japan (zoho.jp)': 'जापान (zoho.jp)',
  'Canada (zohocloud.ca)': 'कनाडा (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'सऊदी अरब (zoho.sa)',
  'United Kingdom (zoho.uk)': 'यूनाइटेड किंगडम (zoho.uk)',
  'China (zoho.com.cn)': 'चीन (zoho.com.cn)',
};

import type { ConnectorTextCatalog } from './index.js';

/*
 * Right to left: \u200e (left-to-right mark) keeps the dot of ".host.com" with the host name, \u200f (right-to-left
 * mark) keeps a parenthesis with the words before it, and ← points from the text's own words to a menu name.
 */

export const ar: ConnectorTextCatalog = {
  // Sandbox HRIS
  'Any subdomain works in the sandbox, e.g. "acme".': 'أي نطاق فرعي يصلح في بيئة الاختبار، مثل «acme».',
  'Use lower-case letters, digits and dashes, e.g. "acme".': 'استخدم أحرفًا لاتينية صغيرة وأرقامًا وشرطات، مثل «acme».',
  'Use "sandbox_good" to succeed; any other key is rejected.': 'أدخل «sandbox_good» لتنجح العملية؛ يُرفض أي مفتاح آخر.',
  'A pretend HR system for trying Connect Hub offline.': 'نظام موارد بشرية تجريبي لتجربة Connect Hub دون اتصال بالإنترنت.',
  // Sandbox ATS
  'Region': 'المنطقة',
  'Choose a region': 'اختر منطقة',
  'Where the pretend account lives; both regions work.': 'مكان الحساب التجريبي؛ المنطقتان كلتاهما تعملان.',
  'Europe': 'أوروبا',
  'United States': 'الولايات المتحدة',
  'Any whole number, e.g. 4200.': 'أي عدد صحيح، مثل 4200.',
  'The company ID is a whole number.': 'معرّف الشركة عدد صحيح.',
  'Use "demo".': 'أدخل «demo».',
  'Use "sandbox_good" to succeed; anything else is rejected.': 'أدخل «sandbox_good» لتنجح العملية؛ تُرفض أي قيمة أخرى.',
  'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.': 'هذا نظام تجريبي لتتبّع المتقدّمين للوظائف يقدّمه Connect Hub نفسه. لا يغادر أي شيء هذا الخادم.',
  'Only the password "sandbox_good" is accepted.': 'لا تُقبل إلا كلمة المرور «sandbox_good».',
  'Once connected, the account appears in the host app and in the dashboard.': 'بعد الربط، يظهر الحساب في التطبيق المضيف وفي لوحة التحكم.',
  'A pretend applicant tracking system for trying Connect Hub offline.': 'نظام تجريبي لتتبّع المتقدّمين للوظائف لتجربة Connect Hub دون اتصال بالإنترنت.',
  // Sandbox CRM
  'Consent': 'الموافقة',
  'Choose what the pretend provider answers': 'اختر ما يجيب به المزوّد التجريبي',
  'The sandbox provider has no login page: this decides what its consent step answers.': 'ليس لدى مزوّد بيئة الاختبار صفحة لتسجيل الدخول: هذا الخيار يحدّد ما تجيب به خطوة الموافقة لديه.',
  'Approve': 'موافقة',
  'Approve, with an access token that expires at once': 'موافقة، مع رمز وصول تنتهي صلاحيته فورًا',
  'Deny': 'رفض',
  'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.': 'نظام CRM تجريبي يُربط عبر خادم OAuth 2.0 المدمج في بيئة اختبار Connect Hub؛ لا يغادر أي شيء هذا الجهاز.',
  // ActiveCampaign
  'Account name': 'اسم الحساب',
  'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.': 'في ActiveCampaign انتقل إلى Settings → Developer وانسخ عنوان URL لواجهة API \u200f(https://<account>.api-us1.com)، ثم أدخل الجزء <account>.',
  'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.': 'أدخل جزء الحساب فقط من عنوان URL لواجهة API، مثل «acme» لـ https://acme.api-us1.com.',
  'Shown below the API URL on Settings → Developer.': 'يظهر أسفل عنوان URL لواجهة API في Settings → Developer.',
  // Asana
  'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.': 'افتح وحدة تحكم المطوّرين في Asana \u200f(My settings → Apps → Developer apps) → Create new token.',
  // Ashby
  'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.': 'في Ashby انتقل إلى Admin → Integrations → API Keys → New، ثم انسخ المفتاح.',
  'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).': 'لا تملك مفاتيح Ashby أي صلاحيات افتراضيًا: فعّل صلاحية القراءة لـ Candidates وJobs وHiring Process وAPI Keys (يحتاج التحقق من المفتاح، apiKey.info، إلى API Keys: Read).',
  // Attio
  'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.': 'في Attio انتقل إلى Workspace settings → Developers → New access token، وامنح صلاحية القراءة للسجلات ولإعدادات الكائنات.',
  // Auth0
  'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".': 'في Auth0 Dashboard افتح Applications ← تطبيق Machine-to-Machine الخاص بك ← Settings وانسخ «Domain».',
  'Enter the host name only, e.g. "acme.eu.auth0.com" (no https://, no path).': 'أدخل اسم المضيف فقط، مثل «acme.eu.auth0.com» (دون https:// ودون مسار).',
  'On the same Settings tab, copy "Client ID".': 'في علامة التبويب Settings نفسها، انسخ «Client ID».',
  'On the same Settings tab, copy "Client Secret".': 'في علامة التبويب Settings نفسها، انسخ «Client Secret».',
  'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.': 'يجب أن يكون التطبيق من نوع Machine-to-Machine ومصرّحًا له بالوصول إلى Auth0 Management API بصلاحية read:users على الأقل.',
  // BambooHR
  'Company domain': 'نطاق الشركة',
  'The part before .bamboohr.com in the address you sign in at (for acme.bamboohr.com enter "acme"). It is also shown in the API documentation page of your account.': 'الجزء الذي يسبق \u200e.bamboohr.com في العنوان الذي تسجّل الدخول منه (لـ acme.bamboohr.com أدخل «acme»). ويظهر أيضًا في صفحة توثيق API في حسابك.',
  'Enter only the subdomain, e.g. "acme" for acme.bamboohr.com.': 'أدخل النطاق الفرعي فقط، مثل «acme» لـ acme.bamboohr.com.',
  'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.': 'في BambooHR انقر على اسمك (أعلى اليمين) ← API Keys → Add New Key، ثم انسخ المفتاح.',
  'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.': 'يستطيع مفتاح API أن يقرأ بالضبط ما يراه المستخدم الذي أنشأه. أنشئه بحساب مستخدم يملك صلاحيات مسؤول كاملة.',
  // Brevo
  'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.': 'في Brevo انقر على اسم حسابك ← SMTP & API → API keys → Generate a new API key.',
  'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).': 'تبدأ مفاتيح API في Brevo بـ «xkeysib-» (مفاتيح SMTP لا تصلح هنا).',
  // Cal.com
  'In Cal.com go to Settings → Developer → API keys → Add, then copy the key.': 'في Cal.com انتقل إلى Settings → Developer → API keys → Add، ثم انسخ المفتاح.',
  'Cal.com API keys start with "cal_live_" or "cal_test_".': 'تبدأ مفاتيح API في Cal.com بـ «cal_live_» أو «cal_test_».',
  // Calendly
  'In Calendly go to Integrations & apps → API & Webhooks → Get a token now → Generate new token and select the scopes this integration needs.': 'في Calendly انتقل إلى Integrations & apps → API & Webhooks → Get a token now → Generate new token واختر نطاقات الصلاحيات التي يحتاجها هذا التكامل.',
  // Canvas LMS
  'Canvas domain': 'نطاق Canvas',
  'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.': 'العنوان الذي تسجّل الدخول منه إلى Canvas، دون https://، مثل acme.instructure.com.',
  'Enter the host name only, e.g. "acme.instructure.com" (no https://, no path).': 'أدخل اسم المضيف فقط، مثل «acme.instructure.com» (دون https:// ودون مسار).',
  'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.': 'في Canvas انتقل إلى Account → Settings → Approved Integrations → + New Access Token.',
  // Close
  'In Close go to Settings → Developer → API Keys → New API Key, then copy it.': 'في Close انتقل إلى Settings → Developer → API Keys → New API Key، ثم انسخه.',
  'Close API keys start with "api_".': 'تبدأ مفاتيح API في Close بـ «api_».',
  // Confluence
  'Site': 'الموقع',
  'The part before .atlassian.net in the address you sign in at (for acme.atlassian.net enter "acme").': 'الجزء الذي يسبق \u200e.atlassian.net في العنوان الذي تسجّل الدخول منه (لـ acme.atlassian.net أدخل «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.atlassian.net.': 'أدخل النطاق الفرعي فقط، مثل «acme» لـ acme.atlassian.net.',
  'Atlassian account e-mail': 'البريد الإلكتروني لحساب Atlassian',
  'The e-mail you sign in to Atlassian with; the token belongs to this account.': 'البريد الإلكتروني الذي تسجّل به الدخول إلى Atlassian؛ الرمز يخصّ هذا الحساب.',
  'Enter a valid e-mail address.': 'أدخل عنوان بريد إلكتروني صالحًا.',
  'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token (not "with scopes"). Tokens expire after at most one year.': 'أنشئ رمزًا من id.atlassian.com → Security → Create and manage API tokens → Create API token (وليس «with scopes»). تنتهي صلاحية الرموز بعد سنة واحدة على الأكثر.',
  // Deel
  'Organization API token': 'رمز API للمؤسسة',
  'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.': 'في Deel افتح More → Developer → Access Tokens → Generate new token، واختر «Organization token» ثم انسخه.',
  // Docebo
  'Platform domain': 'نطاق المنصة',
  'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.': 'عنوان منصة Docebo الخاصة بك دون https://، مثل acme.docebosaas.com أو learn.acme.com.',
  'Enter the host name only, e.g. "acme.docebosaas.com" (no https://, no path).': 'أدخل اسم المضيف فقط، مثل «acme.docebosaas.com» (دون https:// ودون مسار).',
  "Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app's Client ID.": 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: قيمة Client ID للتطبيق.',
  'The Client Secret Docebo generated for that OAuth2 app.': 'قيمة Client Secret التي أنشأها Docebo لتطبيق OAuth2 هذا.',
  'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.': 'يجب أن يفعّل مسؤول أعلى في Docebo خيار «API and SSO» ويضيف تطبيقًا ضمن API Credentials، مع عنوان إعادة التوجيه الذي يحدّده لـ Docebo التطبيقُ الذي تربطه؛ ثم أدخل هنا معرّف العميل والسرّ الخاصين به.',
  // Freshdesk
  'Helpdesk domain': 'نطاق مركز الدعم',
  'The part before .freshdesk.com in the address you sign in at (for acme.freshdesk.com enter "acme").': 'الجزء الذي يسبق \u200e.freshdesk.com في العنوان الذي تسجّل الدخول منه (لـ acme.freshdesk.com أدخل «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.freshdesk.com.': 'أدخل النطاق الفرعي فقط، مثل «acme» لـ acme.freshdesk.com.',
  'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.': 'في Freshdesk انقر على صورة ملفك الشخصي ← Profile settings → «View API key» على اليمين.',
  // GitHub Issues
  "For an organisation's repositories, an owner may have to approve the app under \"Third-party access\".": 'بالنسبة إلى مستودعات مؤسسة ما، قد يلزم أن يوافق أحد المالكين على التطبيق ضمن «Third-party access».',
  // Google Workspace
  'Sign in with a Google Workspace super admin account; other users cannot read the directory.': 'سجّل الدخول بحساب مسؤول أعلى في Google Workspace؛ لا يستطيع المستخدمون الآخرون قراءة الدليل.',
  // Greenhouse
  'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.': 'في Greenhouse انتقل إلى Configure → Dev Center → API Credentials → Create new API credentials من نوع «Harvest V3 (OAuth)»؛ وفي علامة التبويب Settings الخاصة بها حدّد نطاقات Harvest للمرشّحين والطلبات والوظائف والمستخدمين، ثم انسخ Client ID.',
  'Shown next to the Client ID of the same credential.': 'يظهر بجوار Client ID لبيانات الاعتماد نفسها.',
  'User ID (optional)': 'معرّف المستخدم (اختياري)',
  "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.": 'المعرّف الرقمي لمستخدم Greenhouse الذي يعمل التكامل باسمه (سجل التدقيق، الصلاحيات)؛ اتركه فارغًا لاستخدام Integration Service User الخاص ببيانات الاعتماد.',
  'A Greenhouse user ID is a number.': 'معرّف مستخدم Greenhouse رقم.',
  'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.': 'لا تصل بيانات اعتماد Harvest v3 إلا إلى النطاقات المحدّدة ضمن Manage Scopes: فعّل read/list لـ Candidates وApplications وJobs وUsers.',
  // Gusto
  'Sign in as a Gusto admin of the company you want to connect.': 'سجّل الدخول بصفتك مسؤولًا في Gusto للشركة التي تريد ربطها.',
  // HiBob
  'Service user ID': 'معرّف مستخدم الخدمة',
  'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.': 'في Bob انتقل إلى System settings → Integrations → Automation → Service users → Manage، وأنشئ مستخدم خدمة وانسخ معرّفه.',
  'Service user token': 'رمز مستخدم الخدمة',
  'Shown once when the service user is created; store it before closing the dialog.': 'يظهر مرة واحدة فقط عند إنشاء مستخدم الخدمة؛ احفظه قبل إغلاق مربع الحوار.',
  'Service users start with no permissions: add this one to a permission group that can read People data.': 'يبدأ مستخدمو الخدمة دون أي صلاحيات: أضف هذا المستخدم إلى مجموعة صلاحيات يمكنها قراءة بيانات People.',
  // Humaans
  'API access token': 'رمز الوصول إلى API',
  'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.': 'في Humaans انقر على الأسهم بجوار اسمك (أعلى اليسار) ← API access tokens → Generate new token، وحدّد View public data \u200f(public:read) — و View public and private data إن كنت تشارك حقولًا خاصة — ثم انسخه.',
  // JumpCloud
  'The console you sign in to: console.eu.jumpcloud.com means Europe.': 'وحدة التحكم التي تسجّل الدخول إليها: console.eu.jumpcloud.com تعني أوروبا.',
  'India': 'الهند',
  'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.': 'في JumpCloud Admin Portal انقر على الأحرف الأولى من اسم حسابك (أعلى اليمين) ← My API Key → Generate New API Key.',
  'Generating a new key revokes the previous one: any integration still using it stops working.': 'إنشاء مفتاح جديد يُلغي المفتاح السابق: سيتوقف عن العمل أي تكامل لا يزال يستخدمه.',
  // Klaviyo
  'Private API key': 'مفتاح API خاص',
  'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).': 'في Klaviyo انتقل إلى Settings → Account → API keys → Create Private API Key (تكفي صلاحية القراءة فقط).',
  'Private Klaviyo keys start with "pk_" (public site IDs do not work).': 'تبدأ مفاتيح Klaviyo الخاصة بـ «pk_» (معرّفات المواقع العامة لا تصلح).',
  // Lever
  'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).': 'في Lever انتقل إلى Settings → Integrations and API → API Credentials → Generate new key (للمسؤولين الأعلى فقط).',
  'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).': 'لا يستطيع إنشاء مفاتيح API إلا المسؤولون الأعلى في Lever؛ حدّد صلاحيات القراءة لنقاط النهاية التي تشاركها (users وopportunities وpostings).',
  // Linear
  'Personal API key': 'مفتاح API شخصي',
  'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.': 'في Linear انتقل إلى Settings → Account → Security & access → Personal API keys → New API key.',
  'Linear API keys start with "lin_api_".': 'تبدأ مفاتيح API في Linear بـ «lin_api_».',
  // Mailchimp
  'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.': 'في Mailchimp انقر على ملفك الشخصي ← Profile → Extras → API keys → Create A Key.',
  'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".': 'يتكوّن مفتاح Mailchimp من 32 حرفًا ست عشريًا وشرطة ومركز بيانات، مثل «…-us21».',
  'Data centre': 'مركز البيانات',
  'The part of the API key after the dash (for "…-us21" enter "us21").': 'جزء مفتاح API الذي يلي الشرطة (لـ «…-us21» أدخل «us21»).',
  'Enter the data centre from the end of your key, e.g. "us21".': 'أدخل مركز البيانات من نهاية مفتاحك، مثل «us21».',
  // Microsoft Entra ID
  'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.': 'تتطلب قراءة المستخدمين والمجموعات موافقة المسؤول: سجّل الدخول بصفتك مسؤولًا عامًا أو مسؤول أدوار مميّزة.',
  // Microsoft Teams
  'Your Microsoft 365 admin may need to grant consent for the organisation.': 'قد يحتاج مسؤول Microsoft 365 لديك إلى منح الموافقة نيابةً عن المؤسسة.',
  // Notion
  'Internal integration secret': 'سرّ التكامل الداخلي',
  'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.': 'ينشئ مالك مساحة العمل تكاملًا داخليًا على notion.so/profile/integrations (مساحات العمل الأحدث: app.notion.com/developers/connections) وينسخ سرّه.',
  'Notion integration secrets start with "ntn_" (older ones with "secret_").': 'تبدأ أسرار تكامل Notion بـ «ntn_» (والقديمة بـ «secret_»).',
  'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.': 'لا يرى التكامل إلا الصفحات التي شورِكت معه: افتح كل صفحة وانقر على ••• ← Connections وأضف التكامل.',
  // Okta
  'Okta domain': 'نطاق Okta',
  'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.': 'عنوان مؤسستك في Okta دون https://، مثل acme.okta.com أو نطاق مخصّص مثل login.acme.com.',
  'Enter the host name only, e.g. "acme.okta.com" (no https://, no path).': 'أدخل اسم المضيف فقط، مثل «acme.okta.com» (دون https:// ودون مسار).',
  'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.': 'في Okta Admin Console انتقل إلى Security → API → Tokens → Create token، ثم انسخ قيمته.',
  'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.': 'يحمل الرمز صلاحيات المسؤول الذي أنشأه ويُلغى إذا أُلغي تنشيط ذلك المسؤول، كما تُلغى الرموز التي لم تُستخدم لمدة 30 يومًا؛ أنشئه بحساب خدمة لمسؤول بصلاحية القراءة فقط.',
  // OneLogin
  'The part before .onelogin.com in the address you sign in at (for acme.onelogin.com enter "acme").': 'الجزء الذي يسبق \u200e.onelogin.com في العنوان الذي تسجّل الدخول منه (لـ acme.onelogin.com أدخل «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.onelogin.com.': 'أدخل النطاق الفرعي فقط، مثل «acme» لـ acme.onelogin.com.',
  'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.': 'في OneLogin انتقل إلى Administration → Developers → API Credentials → New Credential («Read users»)، ثم انسخ Client ID.',
  'Shown next to the Client ID of the same API credential.': 'يظهر بجوار Client ID لبيانات اعتماد API نفسها.',
  // Personio
  'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.': 'في Personio انتقل إلى Settings → API credentials → Create custom integration، وسمِّه، واختر نطاقات القراءة وسمات الموظفين المراد مشاركتها، ثم انسخ Client ID.',
  'Shown once next to the Client ID when the credential is generated.': 'يظهر مرة واحدة بجوار Client ID عند إنشاء بيانات الاعتماد.',
  'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.': 'عند إنشاء بيانات الاعتماد، امنح صلاحية القراءة لسمات الموظفين التي تريد مشاركتها؛ تبقى السمات الأخرى مخفية.',
  // Pipedrive
  '40 hexadecimal characters': '40 حرفًا ست عشريًا',
  'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".': 'في Pipedrive انقر على صورة ملفك الشخصي ← Personal preferences → API، ثم انسخ «Your personal API token».',
  'A Pipedrive API token is 40 hexadecimal characters.': 'يتكوّن رمز API في Pipedrive من 40 حرفًا ست عشريًا.',
  // QuickBooks Online
  'Sign in as the primary admin or a company admin of the QuickBooks company.': 'سجّل الدخول بصفتك المسؤول الرئيسي أو مسؤول الشركة في شركة QuickBooks.',
  // Recruitee
  'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".': 'يظهر في Settings → Apps and plugins → Personal API tokens، وفي عناوين URL للتطبيق بعد «company=».',
  'The company ID is a number.': 'معرّف الشركة رقم.',
  'On the same page click "+ New token", give it a label and copy the token.': 'في الصفحة نفسها انقر على «+ New token»، وأعطه تسمية، ثم انسخ الرمز.',
  'The token can do exactly what its creator can do in Recruitee: create it as an admin.': 'يستطيع الرمز أن يفعل بالضبط ما يستطيعه منشئه في Recruitee: أنشئه بصفتك مسؤولًا.',
  // Salesforce
  'Login host': 'مضيف تسجيل الدخول',
  'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.': 'login.salesforce.com، أو test.salesforce.com لبيئة sandbox، أو My Domain الخاص بك، مثل acme.my.salesforce.com أو acme--uat.sandbox.my.salesforce.com.',
  'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).': 'أدخل login.salesforce.com أو test.salesforce.com أو مضيف My Domain مثل acme.my.salesforce.com (دون https://).',
  // ServiceNow
  'Instance': 'المثيل',
  'The part before .service-now.com in the address you sign in at (for acme.service-now.com enter "acme").': 'الجزء الذي يسبق \u200e.service-now.com في العنوان الذي تسجّل الدخول منه (لـ acme.service-now.com أدخل «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.service-now.com.': 'أدخل النطاق الفرعي فقط، مثل «acme» لـ acme.service-now.com.',
  'The user ID of a ServiceNow user created for this integration (System Security → Users).': 'معرّف المستخدم (User ID) لمستخدم ServiceNow أُنشئ لهذا التكامل (System Security → Users).',
  'The password of that user.': 'كلمة مرور ذلك المستخدم.',
  'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.': 'فعّل «Web service access only» لمستخدم التكامل وامنحه الدور itil (أو قوائم ACL للقراءة على الجداول التي تشاركها)، وإذا كانت قوائم ACL للوصول إلى REST API مفعّلة، فامنحه الدور snc_platform_rest_api_access.',
  // Slack
  'Some workspaces require an admin to approve new apps before they can be installed.': 'تشترط بعض مساحات العمل أن يوافق مسؤول على التطبيقات الجديدة قبل تثبيتها.',
  // SmartRecruiters
  'API key (SmartToken)': 'مفتاح API \u200f(SmartToken)',
  'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.': 'في SmartRecruiters انتقل إلى Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
  'Only SmartRecruiters administrators can create API credentials.': 'لا يستطيع إنشاء بيانات اعتماد API إلا مسؤولو SmartRecruiters.',
  // TalentLMS
  'The part before .talentlms.com in the address you sign in at (for acme.talentlms.com enter "acme").': 'الجزء الذي يسبق \u200e.talentlms.com في العنوان الذي تسجّل الدخول منه (لـ acme.talentlms.com أدخل «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.talentlms.com.': 'أدخل النطاق الفرعي فقط، مثل «acme» لـ acme.talentlms.com.',
  'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.': 'في TalentLMS انتقل إلى Account & Settings → Integrations → API، وفعّل واجهة API وانسخ مفتاح API.',
  'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.': 'واجهة API معطّلة افتراضيًا وغير متاحة في خطة Free أو في الفترة التجريبية: يجب أن يفعّلها مسؤول.',
  // Teamtailor
  'Data region': 'منطقة البيانات',
  'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.': 'مكان استضافة حسابك في Teamtailor؛ الحسابات التي أُنشئت على teamtailor.com في الولايات المتحدة تستخدم أمريكا الشمالية.',
  'North America': 'أمريكا الشمالية',
  'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".': 'في Teamtailor انتقل إلى Settings → Integrations → API keys → New API key، بنطاق «Admin» وصلاحية «Read».',
  // Twilio
  'Account SID': 'معرّف SID للحساب',
  'On the Twilio Console home page, under "Account Info".': 'في الصفحة الرئيسية لـ Twilio Console، ضمن «Account Info».',
  'An Account SID is "AC" followed by 32 hexadecimal characters.': 'يتكوّن معرّف SID للحساب من «AC» يليه 32 حرفًا ست عشريًا.',
  'Auth token': 'رمز المصادقة',
  'Next to the Account SID on the Console home page; click "Show" to reveal it.': 'بجوار Account SID في الصفحة الرئيسية لـ Console؛ انقر على «Show» لإظهاره.',
  // Workable
  'Account subdomain': 'النطاق الفرعي للحساب',
  'The part before .workable.com in the address you sign in at (for acme.workable.com enter "acme"). It is shown in Settings → Company profile.': 'الجزء الذي يسبق \u200e.workable.com في العنوان الذي تسجّل الدخول منه (لـ acme.workable.com أدخل «acme»). ويظهر في Settings → Company profile.',
  'Enter only the subdomain, e.g. "acme" for acme.workable.com.': 'أدخل النطاق الفرعي فقط، مثل «acme» لـ acme.workable.com.',
  'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.': 'في Workable انتقل إلى Settings → Integrations → Access token → Generate new token وحدّد النطاقات r_account وr_jobs وr_candidates.',
  // Xero
  'Xero asks which organisation to share: pick one per connection.': 'يسأل Xero عن المؤسسة التي تريد مشاركتها: اختر مؤسسة واحدة لكل اتصال.',
  // Zendesk
  'The part before .zendesk.com in the address you sign in at (for acme.zendesk.com enter "acme").': 'الجزء الذي يسبق \u200e.zendesk.com في العنوان الذي تسجّل الدخول منه (لـ acme.zendesk.com أدخل «acme»).',
  'Enter only the subdomain, e.g. "acme" for acme.zendesk.com.': 'أدخل النطاق الفرعي فقط، مثل «acme» لـ acme.zendesk.com.',
  'Agent e-mail': 'البريد الإلكتروني للوكيل',
  'The e-mail address of the Zendesk admin or agent the token acts for.': 'عنوان البريد الإلكتروني لمسؤول Zendesk أو للوكيل الذي يعمل الرمز باسمه.',
  'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.': 'في Admin Center انتقل إلى Apps and integrations → APIs → API tokens → Add API token، ثم انسخه.',
  'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.': 'يجب تفعيل الوصول بالرمز في Admin Center → Apps and integrations → APIs → Settings.',
  // Zoho CRM
  'Choose your data centre': 'اختر مركز البيانات',
  'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.': 'النطاق الذي تسجّل الدخول منه إلى Zoho، فمثلًا crm.zoho.eu يعني أوروبا.',
  'United States (zoho.com)': 'الولايات المتحدة (zoho.com)',
  'Europe (zoho.eu)': 'أوروبا (zoho.eu)',
  'India (zoho.in)': 'الهند (zoho.in)',
  'Australia (zoho.com.au)': 'أستراليا (zoho.com.au)',
  'Japan (zoho.jp)': 'اليابان (zoho.jp)',
  'Canada (zohocloud.ca)': 'كندا (zohocloud.ca)',
  'Saudi Arabia (zoho.sa)': 'المملكة العربية السعودية (zoho.sa)',
  'United Kingdom (zoho.uk)': 'المملكة المتحدة (zoho.uk)',
  'China (zoho.com.cn)': 'الصين (zoho.com.cn)',
};

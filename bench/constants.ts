// Bolt compares the content type exactly: a '; charset=' suffix would make it JSON.parse a form.
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';
export const BOT_TOKEN = 'xoxb-1111-2222-benchBotToken';
export const SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';

import { escapeHtml } from './render-mail';

/**
 * Wraps a rendered html part in the house mail layout: one centred column, the ELYSIUM wordmark and a
 * quiet footer, all in inline CSS and tables because mail clients ignore style sheets. `bodyHtml` is
 * inserted as is (render it with `renderMail` first); `title` and `preheader` are escaped here.
 */
export function elysiumMailLayout(bodyHtml: string, options: { title: string; preheader?: string }): string {
  const serif = "'Cormorant Garamond', Garamond, 'Times New Roman', serif";
  const sans = "'Helvetica Neue', Helvetica, Arial, sans-serif";
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(options.title)}</title>
</head>
<body style="margin:0;padding:0;background:#f6f3ee;">
${options.preheader ? `<div style="display:none;max-height:0;overflow:hidden;opacity:0;">${escapeHtml(options.preheader)}</div>` : ''}
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" style="background:#f6f3ee;">
<tr><td align="center" style="padding:40px 16px;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" style="max-width:560px;">
<tr><td align="center" style="padding:0 0 28px;font-family:${serif};font-size:26px;letter-spacing:8px;color:#1c1b19;">ELYSIUM</td></tr>
<tr><td style="background:#ffffff;border-top:2px solid #a8874e;padding:36px 40px;font-family:${sans};font-size:15px;line-height:1.65;color:#2b2a27;">
${bodyHtml}
</td></tr>
<tr><td align="center" style="padding:24px 0 0;font-family:${sans};font-size:12px;line-height:1.6;color:#8a857c;">
ELYSIUM &middot; Fine jewellery &middot; London
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

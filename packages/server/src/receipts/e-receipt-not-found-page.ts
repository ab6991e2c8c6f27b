/**
 * What a customer's phone shows for an e-receipt link Kassa did not make (mistyped, cut off when
 * copied): in both languages, since the shop's language is not known from the link.
 */
export const E_RECEIPT_NOT_FOUND_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>电子小票 · E-receipt</title>
<style>body{margin:0;padding:15vh 24px;font:16px/1.5 system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;text-align:center;color:#1b1d21;background:#f4f5f7}</style>
</head><body>
<h1>小票链接无效</h1><p>请确认扫描或复制的是完整链接，或向门店索取小票。</p>
<h2 lang="en">This e-receipt link is not valid</h2><p lang="en">Check that the whole link was scanned or copied, or ask the shop for your receipt.</p>
</body></html>`;

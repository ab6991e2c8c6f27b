/** The phone camera as a barcode scanner, in Chinese: opening it, aiming, and why it cannot scan. */
export const zhCNCamera = {
  open: '相机扫码',
  title: '相机扫码',
  close: '关闭相机',
  opening: '正在打开相机…',
  aim: '把条码放进框内，保持稳定',
  read: '已扫：{{code}}',
  problems: {
    insecure: '相机只能在安全连接（https 或本机 localhost）下使用，请用 https 地址打开后台。',
    unsupported: '这个浏览器不能使用相机，请换用新版 Chrome、Edge 或 Safari。',
    denied: '没有相机权限：请在浏览器的网站设置里允许使用相机，然后重试。',
    no_camera: '没有找到相机。',
    busy: '相机正被其他应用占用，请先关闭它再重试。',
    failed: '相机打不开，请关闭后重试。',
  },
};

/** What the question box tells phones and the operator, in Chinese. */
export const GATEWAY_MESSAGES = {
  badHost: '拒绝访问：请用大屏幕上显示的地址（或扫码）打开手机提问页面',
  badOrigin: '拒绝访问：不接受来自其他网站的请求',
  unauthorized: '提问链接已失效或不完整，请重新扫描会场大屏幕上的二维码',
  notFound: '找不到这个页面，请重新扫描会场大屏幕上的二维码',
  getOnly: '这个地址只接受 GET 请求',
  postOnly: '这个地址只接受 POST 请求',
  notJson: '请求格式必须是 JSON，未作任何修改',
  badJson: '请求内容不是有效的 JSON，未作任何修改',
  badEncoding: '请求内容不是有效的 UTF-8 文本，未作任何修改',
  tooLarge: (bytes: number) =>
    `请求内容过大（超过 ${Math.round(bytes / 1024)} KB），未作任何修改；问题请写短一些`,
  rateLimited: (seconds: number) => `操作太频繁，请 ${seconds} 秒后再试`,
  busy: (seconds: number) => `现在提交的人很多，请 ${seconds} 秒后再试，您填写的内容不会丢失`,
  tooManyConnections: '这部手机打开的连接太多，请关闭多余的页面后再试',
  tooManyStreams: '这部手机打开的提问页面太多，请关闭多余的页面后再试',
  unavailable: '会场电脑暂时没有响应，请稍候再试，您填写的内容不会丢失',
  internal: '提问箱内部错误，请稍候再试',
  tooSlow: '请求发送得太慢，连接已断开，请检查网络后再试',
  badRequest: '请求格式无效',
  portInUse: (port: number) =>
    `端口 ${port} 已被占用（可能另一个程序或另一个提问箱正在使用），请换一个端口后再打开提问箱`,
  addressGone: (address: string) =>
    `这台电脑上已没有地址 ${address}（网络可能已断开或已更换），请重新选择网络后再打开提问箱`,
  portDenied: (port: number) => `没有权限使用端口 ${port}（1024 以下的端口需要管理员权限），请换一个端口`,
  listenFailed: (reason: string) => `提问箱无法开始监听：${reason}`,
  pageMissing: (file: string) =>
    `找不到手机提问页面的文件（${file}），请先运行 npm run build 构建程序后再打开提问箱`,
} as const;

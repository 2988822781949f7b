// The test kit's Node-only part (Vitest in Node, Playwright's test runner): it reads PNGs with pngjs.
export { readQrCode, secretOfQrCode } from './testing/qr-code';
export type { QrCodePng } from './testing/qr-code';

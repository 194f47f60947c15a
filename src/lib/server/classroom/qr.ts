// The join link as a QR code, drawn as SVG on the server (qrcode), to show on a projector.
import QRCode from 'qrcode';

export const qrSvg = (text: string): Promise<string> =>
	QRCode.toString(text, {
		type: 'svg',
		margin: 1,
		errorCorrectionLevel: 'M',
		color: { dark: '#000000', light: '#ffffff' }
	});

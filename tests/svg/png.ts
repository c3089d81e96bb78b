/**
 * Just enough PNG decoding to read back a browser's screenshot: 8-bit RGB or RGBA, not interlaced,
 * all five scanline filters.
 */
import { inflateSync } from "node:zlib";

export interface Png {
	readonly width: number;
	readonly height: number;
	/** `[r, g, b]` of the pixel at (x, y), 0–255. */
	readonly at: (x: number, y: number) => readonly [number, number, number];
}

const SIGNATURE = "89504e470d0a1a0a";

export function decodePng(file: Buffer): Png {
	if (file.subarray(0, 8).toString("hex") !== SIGNATURE) throw new Error("not a PNG file");
	let offset = 8;
	let width = 0;
	let height = 0;
	let channels = 0;
	const data: Buffer[] = [];
	while (offset < file.length) {
		const length = file.readUInt32BE(offset);
		const type = file.subarray(offset + 4, offset + 8).toString("latin1");
		const body = file.subarray(offset + 8, offset + 8 + length);
		if (type === "IHDR") {
			width = body.readUInt32BE(0);
			height = body.readUInt32BE(4);
			const depth = body[8];
			const color = body[9];
			const interlace = body[12];
			if (depth !== 8 || interlace !== 0 || (color !== 2 && color !== 6)) {
				throw new Error(
					`unsupported PNG: depth ${depth}, colour type ${color}, interlace ${interlace}`,
				);
			}
			channels = color === 6 ? 4 : 3;
		} else if (type === "IDAT") {
			data.push(body);
		} else if (type === "IEND") {
			break;
		}
		offset += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(data));
	const stride = width * channels;
	const pixels = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		for (let i = 0; i < stride; i++) {
			const a = i >= channels ? (pixels[y * stride + i - channels] as number) : 0;
			const b = y > 0 ? (pixels[(y - 1) * stride + i] as number) : 0;
			const c = y > 0 && i >= channels ? (pixels[(y - 1) * stride + i - channels] as number) : 0;
			const x = line[i] as number;
			let value: number;
			switch (filter) {
				case 0:
					value = x;
					break;
				case 1:
					value = x + a;
					break;
				case 2:
					value = x + b;
					break;
				case 3:
					value = x + Math.floor((a + b) / 2);
					break;
				case 4: {
					const p = a + b - c;
					const pa = Math.abs(p - a);
					const pb = Math.abs(p - b);
					const pc = Math.abs(p - c);
					value = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
					break;
				}
				default:
					throw new Error(`bad PNG filter ${filter}`);
			}
			pixels[y * stride + i] = value & 0xff;
		}
	}
	return {
		width,
		height,
		at(x, y) {
			const i = Math.round(y) * stride + Math.round(x) * channels;
			return [pixels[i] as number, pixels[i + 1] as number, pixels[i + 2] as number];
		},
	};
}

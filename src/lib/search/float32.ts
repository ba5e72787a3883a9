/**
 * exp and ln in 32-bit floats, as Pagefind's WebAssembly computes them: Rust's
 * f32::exp and f32::ln, which on wasm32 are the libm crate's expf and logf
 * (FreeBSD's e_expf.c and e_logf.c). They are not always correctly rounded,
 * and Pagefind's excerpts pick the densest stretch of matches by adding
 * these values: a last-bit difference can move an excerpt. Only the ranges
 * the ranking uses are handled (exp of at most 0, ln of more than 1).
 */
const f = Math.fround;
const view = new DataView(new ArrayBuffer(4));
const bitsOf = (x: number) => (view.setFloat32(0, x), view.getUint32(0));
const fromBits = (bits: number) => (view.setUint32(0, bits >>> 0), view.getFloat32(0));

export function expf(input: number): number {
	let x = f(input);
	const hx = bitsOf(x) & 0x7fffffff;
	const negative = bitsOf(x) >>> 31;
	// Below about -103.97 the result is 0 in a float.
	if (negative && hx >= 0x42cff1b5) return 0;
	let k = 0;
	let hi = x;
	let lo = 0;
	if (hx > 0x3eb17218) {
		// |x| > ln(2)/2: x = k·ln(2) + r.
		k = hx > 0x3f851592 ? Math.trunc(f(f(f(1.4426950216) * x) + (negative ? -0.5 : 0.5))) : 1 - 2 * negative;
		hi = f(x - f(k * f(6.9314575195e-1)));
		lo = f(k * f(1.4286067653e-6));
		x = f(hi - lo);
	} else if (hx <= 0x39000000) {
		return f(1 + x);
	}
	const xx = f(x * x);
	const c = f(x - f(xx * f(f(1.666662544e-1) + f(xx * f(-2.7667332906e-3)))));
	const y = f(1 + f(f(f(f(x * c) / f(2 - c)) - lo) + hi));
	return k === 0 ? y : f(y * 2 ** k);
}

export function logf(input: number): number {
	let bits = bitsOf(f(input));
	if (bits === 0x3f800000) return 0;
	// x = 2^k · m, with m in [√2/2, √2).
	bits = (bits + (0x3f800000 - 0x3f3504f3)) >>> 0;
	const k = f((bits >>> 23) - 0x7f);
	const m = fromBits((bits & 0x007fffff) + 0x3f3504f3);
	const r = f(m - 1);
	const s = f(r / f(2 + r));
	const z = f(s * s);
	const w = f(z * z);
	const t1 = f(w * f(f(0.40000972152) + f(w * f(0.24279078841))));
	const t2 = f(z * f(f(0.66666662693) + f(w * f(0.28498786688))));
	const halfSquare = f(f(0.5 * r) * r);
	return f(f(f(f(f(s * f(halfSquare + f(t2 + t1))) + f(k * f(9.0580006145e-6))) - halfSquare) + r) + f(k * f(6.9313812256e-1)));
}

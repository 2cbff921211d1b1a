/** A number as plain decimal digits (no exponent), as Moodle's and GIFT's number readers expect. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`plainNumber: ${value} is not a finite number`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  if (Math.abs(value) >= 1) return BigInt(value).toString();
  // Small magnitudes: enough fixed digits for the exponent plus the mantissa, then trim zeros.
  const [mantissa = '', exponent = '0'] = text.split(/e/i);
  const digits = Math.min(100, -Number(exponent) + (mantissa.split('.')[1]?.length ?? 0));
  return value.toFixed(digits).replace(/\.?0+$/, '');
}

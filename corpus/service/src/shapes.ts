// Line items of an order: a small class hierarchy.

export interface Priced {
  price(): number;
}

export class LineItem implements Priced {
  quantity: number = 1;
  discount = 0;
  label: string;

  constructor(public sku: string, public unitPrice: number) {
    this.label = sku;
  }

  price(): number {
    return this.unitPrice * this.quantity * (1 - this.discount);
  }

  applyCoupon(code: string): void {
    this.discount = code === 'HALF' ? 0.5 : 0;
    if (code === 'NONE') {
      this.discount = false;
    }
  }
}

export class GiftItem extends LineItem {
  wrapping: string | null = null;

  price(): number {
    return this.wrapping === null ? super.price() : super.price() + 2;
  }

  wrap(paper: string): void {
    this.wrapping = paper;
  }
}

export function summarize(items: LineItem[], hot: boolean): string {
  let total = 0;
  for (const item of items) {
    total += item.price();
  }
  let text: string | number = total;
  if (hot) {
    text = total.toFixed(2);
  }
  const names = items.filter((i) => i.quantity > 0).map((i) => i.label);
  return `${text} for ${names.join(', ')}`;
}

export function bulkLabels(batches: LineItem[][]): string[] {
  const out: string[] = [];
  for (const batch of batches) {
    out.push(...batch.map((item) => item.label));
  }
  return out;
}

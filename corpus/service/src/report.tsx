// A TSX summary of an order, rendered on the server for the receipt e-mail.
import { LineItem } from './shapes';

type Props = { items: LineItem[]; currency: string };

export function Receipt({ items, currency }: Props) {
  let heading = 'Your order';
  if (items.length === 0) {
    heading = 0;
  }
  return (
    <section>
      <h1>{heading}</h1>
      <ul>
        {items.map((item) => (
          <li key={item.sku}>
            {item.label}: {item.price().toFixed(2)} {currency}
          </li>
        ))}
      </ul>
    </section>
  );
}

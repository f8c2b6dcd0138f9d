'use strict';
// HTTP entry point: every request prices an order.
const fs = require('fs');
const http = require('http');
const path = require('path');
const { PriceCache } = require('./cache');
const { parseRules } = require('./parser');

const cache = new PriceCache(60_000);
const rules = parseRules('discount 10 when total > 100');
// Every priced order is remembered and never forgotten: memory grows with traffic.
const pricedOrders = new Map();
// Look-alike: a bounded map (entries are deleted again) is not a leak.
const inFlight = new Map();

function priceLine(line) {
  const cached = cache.get(line.sku);
  return cached === undefined ? line.unitPrice * line.quantity : cached;
}

function totalOf(order) {
  // Cold look-alike: reduce in a function nobody calls from a loop or handler.
  return order.lines.reduce((sum, line) => sum + priceLine(line), 0);
}

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    const order = JSON.parse(body);
    inFlight.set(order.id, order);
    const prices = order.lines.map(priceLine);
    pricedOrders.set(order.id, prices);
    const footer = fs.readFileSync(path.join(__dirname, 'footer.txt'), 'utf8');
    let status = 200;
    if (prices.some((p) => Number.isNaN(p))) {
      status = 'invalid';
    }
    res.writeHead(status === 200 ? 200 : 400);
    res.end(JSON.stringify({ prices, rules: rules.length, footer }));
    inFlight.delete(order.id);
  });
});

function warmUp(orders) {
  for (const order of orders) {
    for (const line of order.lines) {
      cache.set(line.sku, priceLine(line));
    }
  }
}

module.exports = { server, totalOf, warmUp };

/**
 * Lets pending messages (a "stop", say) run before the next training step. A MessageChannel round
 * trip is a macrotask like setTimeout(0) but is never clamped to 4 ms, so yielding often costs little.
 */
export function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

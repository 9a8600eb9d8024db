// An in-memory BroadcastChannel: instances with the same name hear each
// other's messages (never their own), synchronously, so tests can play
// "another tab" by posting on a channel of their own.
export class FakeBroadcastChannel {
  static instances = new Set<FakeBroadcastChannel>();
  onmessage: ((event: MessageEvent) => void) | null = null;
  closed = false;

  constructor(readonly name: string) {
    FakeBroadcastChannel.instances.add(this);
  }

  postMessage(data: unknown): void {
    if (this.closed) throw new Error("channel closed");
    for (const other of FakeBroadcastChannel.instances) {
      if (other !== this && other.name === this.name && !other.closed) {
        other.onmessage?.(new MessageEvent("message", { data: structuredClone(data) }));
      }
    }
  }

  close(): void {
    this.closed = true;
    FakeBroadcastChannel.instances.delete(this);
  }

  /** Every message posted by the app, as another tab would hear it. */
  static listen(name: string): unknown[] {
    const heard: unknown[] = [];
    const tab = new FakeBroadcastChannel(name);
    tab.onmessage = (event) => heard.push(event.data);
    return heard;
  }

  static reset(): void {
    FakeBroadcastChannel.instances.clear();
  }
}

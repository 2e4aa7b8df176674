// Placeholder preload; the real one exposes the contract.
export {};

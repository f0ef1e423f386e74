// The chrome.* API types for the extension (and its tests, which run code in its service worker).
/// <reference types="chrome" />

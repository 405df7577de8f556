import { describe, expect, it, vi } from "vitest";
import { windowBound, windowSentence } from "./windowText";

// dates in Italian without loading the console's messages (or the page it reads its setup from)
vi.mock("../../i18n", () => ({ i18n: { language: "it" } }));

describe("windowBound", () => {
  it("shows the hour the window opens or closes at, in the portal's time", () => {
    expect(windowBound("2026-12-25", "2026-12-25T08:00:00+01:00")).toMatch(/2026, 08:00$/);
  });
  it("shows a whole-day bound as the day alone", () => {
    expect(windowBound("2027-01-05", "2027-01-06T00:00:00+01:00")).not.toContain(":");
    expect(windowBound("2027-01-05", null)).not.toContain(":");
  });
});

describe("windowSentence", () => {
  it("says until when an open window takes readings", () => {
    const s = windowSentence({
      open: true,
      from: "2026-12-25",
      to: "2027-01-05",
      closesAt: "2027-01-05T20:00:00+01:00",
    });
    expect(s.key).toBe("portalReadingWindowOpen");
    expect(s.values.to).toMatch(/20:00$/);
  });
  it("says none when the commodity has no window", () => {
    expect(windowSentence({ open: false }).key).toBe("portalReadingWindowClosed");
  });
});

import { Label } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import type { ReadingWindow } from "../../api";
import { windowBound } from "./windowText";

type Period = ReadingWindow["windows"][number];

const STATE_COLOR = { OPEN: "green", UPCOMING: "blue", PAST: "grey" } as const;

/** Every reading window of the year; the one open now, or the next, marked in words as well as in colour. */
export function ReadingWindowsOfYear({ window }: { window: ReadingWindow }) {
  const { t } = useTranslation();
  if (window.windows.length === 0) return null;
  const year = window.windows.find((w) => w.current)?.from.slice(0, 4) ?? new Date().getFullYear().toString();
  const caption = t("portalReadingWindowsOfYear", { year });
  return (
    <Table aria-label={caption} variant="compact" data-testid="reading-windows">
      <Thead>
        <Tr>
          <Th>{t("portalReadingWindowFrom")}</Th>
          <Th>{t("portalReadingWindowTo")}</Th>
          <Th>{t("portalReadingWindowState")}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {window.windows.map((w) => (
          <Tr key={w.opensAt} isRowSelected={w.current} data-testid="reading-window-row" data-current={w.current}>
            <Td dataLabel={t("portalReadingWindowFrom")}>{windowBound(w.from, w.opensAt)}</Td>
            <Td dataLabel={t("portalReadingWindowTo")}>{windowBound(w.to, w.closesAt)}</Td>
            <Td dataLabel={t("portalReadingWindowState")}>{stateLabel(w, t)}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}

function stateLabel(w: Period, t: (key: string) => string) {
  const key = w.current && w.state === "UPCOMING" ? "portalReadingWindowNEXT" : `portalReadingWindow${w.state}`;
  return (
    <Label isCompact color={STATE_COLOR[w.state]}>
      {t(key)}
    </Label>
  );
}

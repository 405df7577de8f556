import { List, ListItem } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { Home } from "../../api";
import { formatDate } from "../../format";
import { HomeCard } from "./HomeCard";

type Window = Home["readingWindows"][number];

/** Each supply point's self-reading window: open until when, or the next one. */
export function ReadingWindowsCard({ windows }: { windows: Home["readingWindows"] }) {
  const { t } = useTranslation();
  const first = windows.find((w) => w.open) ?? windows[0];
  const to = first ? `readings?sp=${first.supplyPointId}` : "readings";
  return (
    <HomeCard id="readings" title={t("portalHomeReadings")} link={{ to, label: t("portalHomeReadingsLink") }}>
      {windows.length === 0 ? (
        <p>{t("portalSupplyPointsNone")}</p>
      ) : (
        <List isPlain>
          {windows.map((w) => (
            <ListItem key={w.supplyPointId} data-testid={`home-window-${w.supplyPointId}`}>
              {t(`portalCommodity${w.commodity}`)} {w.code}: {windowText(w, t)}
            </ListItem>
          ))}
        </List>
      )}
    </HomeCard>
  );
}

function windowText(w: Window, t: (key: string, options?: Record<string, string>) => string): string {
  if (w.open) return t("portalReadingWindowOpen", { to: formatDate(w.to) });
  if (w.from) return t("portalReadingWindowClosedNext", { from: formatDate(w.from), to: formatDate(w.to) });
  return t("portalReadingWindowClosed");
}

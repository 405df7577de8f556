import { List, ListItem } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { Home } from "../../api";
import { windowSentence } from "../readings/windowText";
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
  const sentence = windowSentence(w);
  return t(sentence.key, sentence.values);
}

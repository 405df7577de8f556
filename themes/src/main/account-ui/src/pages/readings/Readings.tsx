import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { Spinner, Stack, StackItem, Title } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Reading, SupplyPoint } from "../../api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { SupplyPointPage } from "../../components/SupplyPointPage";
import { toProblem, type Problem } from "../../problem";
import { usePortalApi } from "../../usePortalApi";
import { usePortalQuery } from "../../usePortalQuery";
import { DeleteReadingModal } from "./DeleteReadingModal";
import { ReadingForm } from "./ReadingForm";
import { ReadingHistory } from "./ReadingHistory";
import { ReadingWindowAlert } from "./ReadingWindowAlert";
import { ReadingWindowsOfYear } from "./ReadingWindowsOfYear";

export function Readings() {
  return (
    <SupplyPointPage titleKey="portalReadings" descriptionKey="portalReadingsDescription">
      {(sp) => <ReadingsOf key={sp.id} supplyPoint={sp} />}
    </SupplyPointPage>
  );
}

const WINDOW_ALERT_ID = "reading-window";

/** The self-reading form (with the window in which the CRM takes readings) and the readings sent so far. */
function ReadingsOf({ supplyPoint }: { supplyPoint: SupplyPoint }) {
  const { t } = useTranslation();
  const query = usePortalQuery(
    (api, signal) => Promise.all([api.readings(supplyPoint.id, signal), api.readingWindow(supplyPoint.id, signal)]),
    [supplyPoint.id],
  );
  const deletion = useReadingDeletion(supplyPoint.id, query.reload);

  if (query.problem) return <ProblemAlert problem={query.problem} />;
  if (!query.data) return <Spinner size="lg" aria-label={t("portalLoading")} />;
  const [readings, window] = query.data;

  return (
    <Stack hasGutter>
      <StackItem>
        <Title headingLevel="h2" size="lg">
          {t("portalReadingNew")}
        </Title>
      </StackItem>
      <StackItem>
        <ReadingWindowAlert id={WINDOW_ALERT_ID} window={window} />
      </StackItem>
      <StackItem>
        <ReadingForm
          supplyPoint={supplyPoint}
          closedReasonId={window.open ? undefined : WINDOW_ALERT_ID}
          onSubmitted={query.reload}
        />
      </StackItem>
      <StackItem>
        <Title headingLevel="h2" size="lg">
          {t("portalReadingWindows")}
        </Title>
      </StackItem>
      <StackItem>
        <ReadingWindowsOfYear window={window} />
      </StackItem>
      <StackItem>
        <Title headingLevel="h2" size="lg">
          {t("portalReadingHistory")}
        </Title>
      </StackItem>
      <StackItem>
        <ProblemAlert problem={deletion.problem} />
        <ReadingHistory readings={readings} hasCorrector={supplyPoint.hasCorrector} onDelete={deletion.ask} />
      </StackItem>
      <DeleteReadingModal reading={deletion.asked} onConfirm={deletion.confirm} onCancel={deletion.cancel} />
    </Stack>
  );
}

/** Withdrawing a reading: asked for, then confirmed or cancelled in the modal. */
function useReadingDeletion(supplyPointId: number, onDeleted: () => void) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const { addAlert } = useAccountAlerts();
  const [asked, setAsked] = useState<Reading>();
  const [problem, setProblem] = useState<Problem>();
  const confirm = async (reading: Reading) => {
    setProblem(undefined);
    try {
      await api.deleteReading(supplyPointId, reading.id);
      addAlert(t("portalReadingDeleted"));
      onDeleted();
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setAsked(undefined);
    }
  };
  return { asked, problem, ask: setAsked, confirm, cancel: () => setAsked(undefined) };
}

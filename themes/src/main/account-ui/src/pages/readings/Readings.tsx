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

export function Readings() {
  return (
    <SupplyPointPage titleKey="portalReadings" descriptionKey="portalReadingsDescription">
      {(sp) => <ReadingsOf key={sp.id} supplyPoint={sp} />}
    </SupplyPointPage>
  );
}

/** The self-reading form (with the window in which the CRM takes readings) and the readings sent so far. */
function ReadingsOf({ supplyPoint }: { supplyPoint: SupplyPoint }) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const { addAlert } = useAccountAlerts();
  const query = usePortalQuery(
    (api, signal) => Promise.all([api.readings(supplyPoint.id, signal), api.readingWindow(supplyPoint.id, signal)]),
    [supplyPoint.id],
  );
  const [toDelete, setToDelete] = useState<Reading>();
  const [deleteProblem, setDeleteProblem] = useState<Problem>();

  const confirmDelete = async (reading: Reading) => {
    setDeleteProblem(undefined);
    try {
      await api.deleteReading(supplyPoint.id, reading.id);
      addAlert(t("portalReadingDeleted"));
      query.reload();
    } catch (e) {
      setDeleteProblem(toProblem(e));
    } finally {
      setToDelete(undefined);
    }
  };

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
        <ReadingWindowAlert window={window} />
      </StackItem>
      <StackItem>
        <ReadingForm supplyPoint={supplyPoint} onSubmitted={query.reload} />
      </StackItem>
      <StackItem>
        <Title headingLevel="h2" size="lg">
          {t("portalReadingHistory")}
        </Title>
      </StackItem>
      <StackItem>
        <ProblemAlert problem={deleteProblem} />
        <ReadingHistory readings={readings} hasCorrector={supplyPoint.hasCorrector} onDelete={setToDelete} />
      </StackItem>
      <DeleteReadingModal reading={toDelete} onConfirm={confirmDelete} onCancel={() => setToDelete(undefined)} />
    </Stack>
  );
}

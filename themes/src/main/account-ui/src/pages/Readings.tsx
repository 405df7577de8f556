import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import {
  ActionGroup,
  Alert,
  Button,
  Form,
  Label,
  Modal,
  Spinner,
  Stack,
  StackItem,
  TextInput,
  Title,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { PortalError, type Reading, type ReadingWindow, type SupplyPoint } from "../api";
import { Field } from "../components/Field";
import { ProblemAlert } from "../components/ProblemAlert";
import { SupplyPointPage } from "../components/SupplyPointPage";
import { formatDate, formatNumber, parseDecimal } from "../format";
import { usePortalApi } from "../portal";

export function Readings() {
  return (
    <SupplyPointPage titleKey="portalReadings" descriptionKey="portalReadingsDescription">
      {(sp) => <ReadingsOf key={sp.id} supplyPoint={sp} />}
    </SupplyPointPage>
  );
}

function ReadingsOf({ supplyPoint }: { supplyPoint: SupplyPoint }) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const { addAlert } = useAccountAlerts();
  const [readings, setReadings] = useState<Reading[]>();
  const [window, setWindow] = useState<ReadingWindow>();
  const [loadError, setLoadError] = useState<unknown>();
  const [meterValue, setMeterValue] = useState("");
  const [correctorValue, setCorrectorValue] = useState("");
  const [submitError, setSubmitError] = useState<unknown>();
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [submitting, setSubmitting] = useState(false);
  const [toDelete, setToDelete] = useState<Reading>();
  const [deleteError, setDeleteError] = useState<unknown>();

  const reload = useCallback(() => {
    setLoadError(undefined);
    Promise.all([api.readings(supplyPoint.id), api.readingWindow(supplyPoint.id)])
      .then(([list, w]) => {
        setReadings(list);
        setWindow(w);
      })
      .catch(setLoadError);
  }, [api, supplyPoint.id]);

  useEffect(reload, [reload]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const meter = parseDecimal(meterValue);
    const corrector = supplyPoint.hasCorrector ? parseDecimal(correctorValue) : null;
    const errors: Record<string, string> = {};
    if (Number.isNaN(meter)) errors.meterValue = t("portalReadingValueInvalid");
    if (corrector !== null && Number.isNaN(corrector)) errors.correctorValue = t("portalReadingValueInvalid");
    setLocalErrors(errors);
    setSubmitError(undefined);
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    try {
      await api.submitReading(supplyPoint.id, meter, corrector);
      addAlert(t("portalReadingSubmitted"));
      setMeterValue("");
      setCorrectorValue("");
      reload();
    } catch (e) {
      setSubmitError(e);
    } finally {
      setSubmitting(false);
    }
  };

  const confirmDelete = async () => {
    if (!toDelete) return;
    setDeleteError(undefined);
    try {
      await api.deleteReading(supplyPoint.id, toDelete.id);
      addAlert(t("portalReadingDeleted"));
      setToDelete(undefined);
      reload();
    } catch (e) {
      setDeleteError(e);
      setToDelete(undefined);
    }
  };

  const fieldError = (field: string) =>
    localErrors[field] ?? (submitError instanceof PortalError ? submitError.fieldError(field) : undefined);

  if (loadError) return <ProblemAlert error={loadError} />;
  if (!readings || !window) return <Spinner size="lg" aria-label={t("portalLoading")} />;

  return (
    <Stack hasGutter>
      <StackItem>
        <Title headingLevel="h2" size="lg">
          {t("portalReadingNew")}
        </Title>
      </StackItem>
      <StackItem>
        {window.open ? (
          <Alert variant="info" variantLabel={t("portalAlertInfo")} isInline isPlain title={t("portalReadingWindowOpen", { to: formatDate(window.to) })} />
        ) : (
          <Alert
            variant="warning"
            variantLabel={t("portalAlertWarning")}
            isInline
            isPlain
            title={
              window.from
                ? t("portalReadingWindowClosedNext", { from: formatDate(window.from), to: formatDate(window.to) })
                : t("portalReadingWindowClosed")
            }
          />
        )}
      </StackItem>
      <StackItem>
        <Form onSubmit={submit} aria-label={t("portalReadingNew")} data-testid="reading-form">
          <Field
            label={t("portalReadingMeterValue")}
            fieldId="reading-meter"
            isRequired
            error={fieldError("meterValue")}
            help={t("portalReadingValueHelp")}
          >
            <TextInput
              id="reading-meter"
              name="meterValue"
              inputMode="decimal"
              isRequired
              value={meterValue}
              onChange={(_e, v) => setMeterValue(v)}
              validated={fieldError("meterValue") ? "error" : "default"}
              aria-describedby="reading-meter-helper"
            />
          </Field>
          {supplyPoint.hasCorrector && (
            <Field
              label={t("portalReadingCorrectorValue")}
              fieldId="reading-corrector"
              isRequired
              error={fieldError("correctorValue")}
              help={t("portalReadingCorrectorHelp")}
            >
              <TextInput
                id="reading-corrector"
                name="correctorValue"
                inputMode="decimal"
                isRequired
                value={correctorValue}
                onChange={(_e, v) => setCorrectorValue(v)}
                validated={fieldError("correctorValue") ? "error" : "default"}
                aria-describedby="reading-corrector-helper"
              />
            </Field>
          )}
          <ProblemAlert error={submitError} />
          <ActionGroup>
            <Button type="submit" variant="primary" isLoading={submitting} isDisabled={submitting} data-testid="reading-submit">
              {t("portalReadingSubmit")}
            </Button>
          </ActionGroup>
        </Form>
      </StackItem>
      <StackItem>
        <Title headingLevel="h2" size="lg">
          {t("portalReadingHistory")}
        </Title>
      </StackItem>
      <StackItem>
        <ProblemAlert error={deleteError} />
        {readings.length === 0 ? (
          <p>{t("portalReadingsNone")}</p>
        ) : (
          <Table aria-label={t("portalReadingHistory")} variant="compact" data-testid="readings">
            <Thead>
              <Tr>
                <Th>{t("portalReadingDate")}</Th>
                <Th>{t("portalReadingMeterValue")}</Th>
                {supplyPoint.hasCorrector && <Th>{t("portalReadingCorrectorValue")}</Th>}
                <Th>{t("portalReadingStatus")}</Th>
                <Th screenReaderText={t("portalActions")} />
              </Tr>
            </Thead>
            <Tbody>
              {readings.map((r) => (
                <Tr
                  key={r.id}
                  data-testid={`reading-${r.id}`}
                  data-reading-date={r.readingDate}
                  data-meter-value={r.meterValue}
                >
                  <Td dataLabel={t("portalReadingDate")}>{formatDate(r.readingDate)}</Td>
                  <Td dataLabel={t("portalReadingMeterValue")}>{formatNumber(r.meterValue)}</Td>
                  {supplyPoint.hasCorrector && (
                    <Td dataLabel={t("portalReadingCorrectorValue")}>{formatNumber(r.correctorValue)}</Td>
                  )}
                  <Td dataLabel={t("portalReadingStatus")}>
                    <Label color={r.status === "ACQUIRED" ? "green" : "blue"}>{t(`portalReadingStatus${r.status}`)}</Label>
                  </Td>
                  <Td isActionCell>
                    {r.deletable && (
                      <Button
                        variant="link"
                        isDanger
                        onClick={() => setToDelete(r)}
                        aria-label={t("portalReadingDeleteNamed", { date: formatDate(r.readingDate) })}
                        data-testid={`reading-delete-${r.id}`}
                      >
                        {t("portalReadingDelete")}
                      </Button>
                    )}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </StackItem>
      <Modal
        showClose={false}
        variant="small"
        isOpen={!!toDelete}
        title={t("portalReadingDeleteTitle")}
        onClose={() => setToDelete(undefined)}
        actions={[
          <Button key="confirm" variant="danger" onClick={confirmDelete} data-testid="reading-delete-confirm">
            {t("portalReadingDelete")}
          </Button>,
          <Button key="cancel" variant="link" onClick={() => setToDelete(undefined)}>
            {t("portalCancel")}
          </Button>,
        ]}
      >
        {toDelete &&
          t("portalReadingDeleteText", {
            date: formatDate(toDelete.readingDate),
            value: formatNumber(toDelete.meterValue),
          })}
      </Modal>
    </Stack>
  );
}

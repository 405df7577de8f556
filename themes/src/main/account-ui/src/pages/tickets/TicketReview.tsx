import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  List,
  ListItem,
  Title,
} from "@patternfly/react-core";
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TicketCategory, TicketMachine } from "../../api";
import { supplyPointLabel } from "../../components/SupplyPointSelector";
import { formatFileSize } from "../../format";
import { useSupplyPoints } from "../../portal";
import { machineLabel, type Draft } from "./TicketFields";

type Props = {
  draft: Draft;
  files: readonly File[];
  categories: readonly TicketCategory[];
  machines: readonly TicketMachine[];
};

/** The request as it will be sent, read only, before "Send": everything typed and chosen, the files with sizes. */
export function TicketReview({ draft, files, categories, machines }: Props) {
  const { t } = useTranslation();
  // the summary replaces the fields: keyboard and screen-reader users land on its heading
  useEffect(() => document.getElementById("ticket-review-title")?.focus(), []);
  const rows = useRows(draft, files, categories, machines);
  return (
    <section aria-labelledby="ticket-review-title" data-testid="ticket-review">
      <Title headingLevel="h3" size="md" id="ticket-review-title" tabIndex={-1}>
        {t("portalTicketReviewTitle")}
      </Title>
      <p>{t("portalTicketReviewHelp")}</p>
      <DescriptionList isHorizontal>
        {rows.map(([term, value, testId]) => (
          <DescriptionListGroup key={testId}>
            <DescriptionListTerm>{term}</DescriptionListTerm>
            <DescriptionListDescription data-testid={`ticket-review-${testId}`}>{value}</DescriptionListDescription>
          </DescriptionListGroup>
        ))}
      </DescriptionList>
    </section>
  );
}

function useRows(
  draft: Draft,
  files: readonly File[],
  categories: readonly TicketCategory[],
  machines: readonly TicketMachine[],
): [string, ReactNode, string][] {
  const { t } = useTranslation();
  const { supplyPoints } = useSupplyPoints();
  const supplyPoint = supplyPoints?.find((sp) => String(sp.id) === draft.supplyPointId);
  const machine = machines.find((m) => String(m.id) === draft.machineId);
  const rows: [string, ReactNode, string][] = [
    [t("portalTicketCategory"), categories.find((c) => c.id === draft.category)?.label ?? draft.category, "category"],
    [
      t("portalTicketSupplyPoint"),
      supplyPoint ? supplyPointLabel(t, supplyPoint) : t("portalTicketSupplyPointNone"),
      "supply-point",
    ],
  ];
  if (machine) {
    rows.push([t("portalTicketMachine"), [machineLabel(machine), machine.site].filter(Boolean).join(", "), "machine"]);
    rows.push([t("portalTicketState"), t(`portalTicketMachineState${draft.machineState}`), "machine-state"]);
  }
  rows.push([t("portalTicketSubject"), draft.subject.trim(), "subject"]);
  rows.push([
    t("portalTicketDescription"),
    <span style={{ whiteSpace: "pre-wrap" }}>{draft.description.trim()}</span>,
    "description",
  ]);
  if (draft.contacts.trim() !== "") rows.push([t("portalTicketContacts"), draft.contacts.trim(), "contacts"]);
  rows.push([t("portalTicketAttachments"), <Files files={files} />, "attachments"]);
  return rows;
}

function Files({ files }: { files: readonly File[] }) {
  const { t } = useTranslation();
  if (files.length === 0) return <>{t("portalTicketAttachmentsNone")}</>;
  return (
    <List isPlain>
      {files.map((file, i) => (
        <ListItem key={`${i}-${file.name}`}>
          {file.name} ({formatFileSize(file.size)})
        </ListItem>
      ))}
    </List>
  );
}

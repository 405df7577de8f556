package it.sportello.keycloak.portal;

/**
 * Message keys of the portal API, in the jar's {@code theme-resources/messages} (Italian and English). A problem's
 * detail key is its title key followed by {@code Detail}.
 */
public final class PortalMessages {

    public static final String PROBLEM_UNAUTHORIZED = "portalProblemUnauthorized";
    public static final String PROBLEM_NOT_A_CUSTOMER = "portalProblemNotACustomer";
    public static final String PROBLEM_NOT_PREQUALIFIED = "portalProblemNotPrequalified";
    public static final String PROBLEM_NOT_ALLOWED = "portalProblemNotAllowed";
    public static final String PROBLEM_NOT_FOUND = "portalProblemNotFound";
    public static final String PROBLEM_RESET_NOT_POSSIBLE = "portalProblemResetNotPossible";
    public static final String PROBLEM_RESET_RECENTLY_SENT = "portalProblemResetRecentlySent";
    public static final String PROBLEM_EMAIL_IN_USE = "portalProblemEmailInUse";
    public static final String PROBLEM_INVITATIONS_LIMIT = "portalProblemInvitationsLimit";
    public static final String PROBLEM_BAD_REQUEST = "portalProblemBadRequest";
    public static final String PROBLEM_VALIDATION = "portalProblemValidation";
    public static final String PROBLEM_READING_WINDOW_CLOSED = "portalProblemReadingWindowClosed";
    public static final String PROBLEM_READING_EXISTS = "portalProblemReadingExists";
    public static final String PROBLEM_READING_ACQUIRED = "portalProblemReadingAcquired";
    public static final String PROBLEM_CONTACT_CHANGED = "portalProblemContactChanged";
    public static final String PROBLEM_TICKET_CLOSED = "portalProblemTicketClosed";
    public static final String PROBLEM_TICKET_CHANGED = "portalProblemTicketChanged";
    public static final String PROBLEM_PRECONDITION_REQUIRED = "portalProblemPreconditionRequired";
    public static final String PROBLEM_ATTACHMENT_TOO_LARGE = "portalProblemAttachmentTooLarge";
    public static final String PROBLEM_UNSUPPORTED_ATTACHMENT = "portalProblemUnsupportedAttachment";
    public static final String PROBLEM_UNSUPPORTED_MEDIA_TYPE = "portalProblemUnsupportedMediaType";
    public static final String PROBLEM_UNAVAILABLE = "portalProblemUnavailable";

    public static final String ERROR_REQUIRED = "portalErrorRequired";
    public static final String ERROR_NOT_A_NUMBER = "portalErrorNotANumber";
    public static final String ERROR_NOT_TEXT = "portalErrorNotText";
    public static final String ERROR_NEGATIVE = "portalErrorNegative";
    public static final String ERROR_TOO_MANY_DECIMALS = "portalErrorTooManyDecimals";
    public static final String ERROR_TOO_LARGE = "portalErrorTooLarge";
    public static final String ERROR_LOWER_THAN_LAST = "portalErrorLowerThanLast";
    public static final String ERROR_INCREASE_TOO_HIGH = "portalErrorIncreaseTooHigh";
    public static final String ERROR_CORRECTOR_REQUIRED = "portalErrorCorrectorRequired";
    public static final String ERROR_CORRECTOR_NOT_EXPECTED = "portalErrorCorrectorNotExpected";
    public static final String ERROR_MONTH = "portalErrorMonth";
    public static final String ERROR_RANGE = "portalErrorRange";
    public static final String ERROR_PAGE = "portalErrorPage";
    public static final String ERROR_SIZE = "portalErrorSize";
    public static final String ERROR_YEAR = "portalErrorYear";
    public static final String ERROR_DATE = "portalErrorDate";
    public static final String ERROR_DATE_RANGE = "portalErrorDateRange";
    public static final String ERROR_RANGE_TOO_LONG = "portalErrorRangeTooLong";
    public static final String ERROR_RAW_TOO_LONG = "portalErrorRawTooLong";
    public static final String ERROR_RESOLUTION = "portalErrorResolution";
    public static final String ERROR_BODY = "portalErrorBody";
    public static final String ERROR_CATEGORY = "portalErrorCategory";
    public static final String ERROR_SUPPLY_POINT = "portalErrorSupplyPoint";
    public static final String ERROR_MACHINE = "portalErrorMachine";
    public static final String ERROR_MACHINE_STATE = "portalErrorMachineState";
    public static final String ERROR_TOO_LONG = "portalErrorTooLong";
    public static final String ERROR_EMAIL = "portalErrorEmail";
    public static final String ERROR_COMPANY = "portalErrorCompany";
    public static final String ERROR_TOO_MANY_CONTACTS = "portalErrorTooManyContacts";
    public static final String ERROR_TOO_MANY_ATTACHMENTS = "portalErrorTooManyAttachments";
    public static final String ERROR_ATTACHMENT_TOO_LARGE = "portalErrorAttachmentTooLarge";
    public static final String ERROR_ATTACHMENT_TYPE = "portalErrorAttachmentType";
    public static final String ERROR_STATUS = "portalErrorStatus";
    public static final String ERROR_DOCUMENT_SCOPE = "portalErrorDocumentScope";

    /** The answer to a requested email change, the same whether the address could be used or not. */
    public static final String NOTICE_EMAIL_CONFIRMATION = "portalNoticeEmailConfirmation";

    /**
     * Ticket category labels of the notification emails: this prefix followed by the category id (the CRM's request
     * type codes of the demo, and ACCESS for the public support form).
     */
    public static final String TICKET_CATEGORY_PREFIX = "portalTicketCategory.";

    /** Notification emails (the {@code sportello} email theme's templates). */
    public static final String MAIL_TICKET_CREATED_SUBJECT = "sportelloTicketCreatedSubject";

    public static final String MAIL_TICKET_STATUS_SUBJECT = "sportelloTicketStatusSubject";
    public static final String MAIL_TICKET_STATUS_PREFIX = "sportelloTicketStatus.";
    public static final String MAIL_TICKET_ANSWER_SUBJECT = "sportelloTicketAnswerSubject";

    /** To the holder of an address someone tried to use for another account. */
    public static final String MAIL_EMAIL_IN_USE_SUBJECT = "sportelloEmailInUseSubject";

    private PortalMessages() {}
}

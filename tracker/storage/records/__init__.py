"""ORM records for the whole domain. The `Record` suffix keeps them apart from Qt models."""

from tracker.storage.records.base import Base
from tracker.storage.records.book import (
    AccountRecord,
    ContactEmailRecord,
    ContactPhoneRecord,
    ContactRecord,
    ContactTagRecord,
    NoteRecord,
)
from tracker.storage.records.calendar import (
    CalendarEventRecord,
    CalendarLinkRecord,
    CalendarOccurrenceRecord,
)
from tracker.storage.records.calls import CallListEntryRecord, CallListRecord
from tracker.storage.records.meta import (
    ImportBatchRecord,
    ImportMappingRecord,
    PreferenceRecord,
    UndoStepRecord,
)
from tracker.storage.records.sales import (
    DealRecord,
    DealStageChangeRecord,
    PurchaseRecord,
    ReferralRecord,
)
from tracker.storage.records.sync import (
    SyncConflictRecord,
    SyncDanglingRecord,
    SyncOutboxRecord,
    SyncPendingRecord,
    SyncRefusalRecord,
    SyncStateRecord,
    SyncWaitingRecord,
)
from tracker.storage.records.work import (
    ActivityRecord,
    ActivitySeriesRecord,
    CadenceRecord,
    CadenceStepRecord,
    GoalRecord,
    TierPolicyRecord,
    VisitTimeEditRecord,
)

__all__ = [
    "AccountRecord",
    "ActivityRecord",
    "ActivitySeriesRecord",
    "Base",
    "CadenceRecord",
    "CadenceStepRecord",
    "CalendarEventRecord",
    "CalendarLinkRecord",
    "CalendarOccurrenceRecord",
    "CallListEntryRecord",
    "CallListRecord",
    "ContactEmailRecord",
    "ContactPhoneRecord",
    "ContactRecord",
    "ContactTagRecord",
    "DealRecord",
    "DealStageChangeRecord",
    "GoalRecord",
    "ImportBatchRecord",
    "ImportMappingRecord",
    "NoteRecord",
    "PreferenceRecord",
    "PurchaseRecord",
    "ReferralRecord",
    "SyncConflictRecord",
    "SyncDanglingRecord",
    "SyncOutboxRecord",
    "SyncPendingRecord",
    "SyncRefusalRecord",
    "SyncStateRecord",
    "SyncWaitingRecord",
    "TierPolicyRecord",
    "UndoStepRecord",
    "VisitTimeEditRecord",
]

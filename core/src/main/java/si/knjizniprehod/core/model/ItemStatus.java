package si.knjizniprehod.core.model;

public enum ItemStatus {
    AVAILABLE, ON_LOAN, ON_HOLD_SHELF, IN_TRANSIT, IN_PROCESS, LOST, MISSING, DAMAGED, WITHDRAWN
}

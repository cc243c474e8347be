package si.knjizniprehod.core.model;

import java.time.LocalDate;

/**
 * A library member (patron). Natural persons carry a name and birth date; legal persons an
 * organisation name and the contact person who answers for loans and debts.
 */
public record Member(
        String id,
        String libraryId,
        PersonType personType,
        String firstName,
        String lastName,
        String organisationName,
        String contactPerson,
        String category,
        LocalDate birthDate,
        String guardianId,
        String street,
        String postalCode,
        String city,
        String email,
        String phone,
        String citizenship,
        String pinHash,
        MemberState state,
        LocalDate enrolledOn,
        LocalDate feePaidUntil,
        LocalDate lastActivity,
        boolean shareWithPartners,
        String language) {

    public enum PersonType { NATURAL, LEGAL }

    /** Stored state; dormant and expired are derived from dates by the policy engine. */
    public enum MemberState { ACTIVE, EXCLUDED, BLOCKED }

    public String displayName() {
        return personType == PersonType.LEGAL ? organisationName : firstName + " " + lastName;
    }

    public Integer ageOn(LocalDate day) {
        return birthDate == null ? null : java.time.Period.between(birthDate, day).getYears();
    }

    public Member withPinHash(String hash) {
        return new Member(id, libraryId, personType, firstName, lastName, organisationName, contactPerson, category,
                birthDate, guardianId, street, postalCode, city, email, phone, citizenship, hash, state, enrolledOn,
                feePaidUntil, lastActivity, shareWithPartners, language);
    }

    public Member withState(MemberState newState) {
        return new Member(id, libraryId, personType, firstName, lastName, organisationName, contactPerson, category,
                birthDate, guardianId, street, postalCode, city, email, phone, citizenship, pinHash, newState,
                enrolledOn, feePaidUntil, lastActivity, shareWithPartners, language);
    }
}

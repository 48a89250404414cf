"""The names of the directory's fields and kinds of record in the UI language (edit form,
conflicts, history); their texts are in the context "RecordEditor"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from referral_desk.domain.editing import RecordKind


def field_name(key: str) -> str:
    """A field's (or a table column's) name in the UI language."""
    names = {
        "name": QCoreApplication.translate("RecordEditor", "Name"),
        "description": QCoreApplication.translate("RecordEditor", "Description"),
        "own_name": QCoreApplication.translate("RecordEditor", "Own name"),
        "alternate_names": QCoreApplication.translate("RecordEditor", "Other names"),
        "parent_id": QCoreApplication.translate("RecordEditor", "Parent organization"),
        "website": QCoreApplication.translate("RecordEditor", "Website"),
        "email": QCoreApplication.translate("RecordEditor", "E-mail"),
        "phones": QCoreApplication.translate("RecordEditor", "Phones"),
        "timezone": QCoreApplication.translate("RecordEditor", "Time zone (IANA)"),
        "confidential": QCoreApplication.translate("RecordEditor", "Confidential address"),
        "address": QCoreApplication.translate("RecordEditor", "Address"),
        "latitude": QCoreApplication.translate("RecordEditor", "Latitude"),
        "longitude": QCoreApplication.translate("RecordEditor", "Longitude"),
        "schedules": QCoreApplication.translate("RecordEditor", "Opening hours"),
        "eligibility": QCoreApplication.translate("RecordEditor", "Who can use it"),
        "referral_notes": QCoreApplication.translate("RecordEditor", "How to refer"),
        "categories": QCoreApplication.translate("RecordEditor", "Categories"),
        "roles": QCoreApplication.translate("RecordEditor", "Roles"),
        "populations": QCoreApplication.translate("RecordEditor", "Populations served"),
        "referral_methods": QCoreApplication.translate("RecordEditor", "Referral methods"),
        "languages": QCoreApplication.translate("RecordEditor", "Languages"),
        "minimum_age": QCoreApplication.translate("RecordEditor", "Youngest age served"),
        "maximum_age": QCoreApplication.translate("RecordEditor", "Oldest age served"),
        "genders": QCoreApplication.translate("RecordEditor", "Genders served"),
        "nationality_status": QCoreApplication.translate("RecordEditor", "Nationality status"),
        "serves_nationals_of": QCoreApplication.translate("RecordEditor", "Serves nationals of"),
        "service_areas": QCoreApplication.translate("RecordEditor", "Service areas"),
        "location_ids": QCoreApplication.translate("RecordEditor", "Locations"),
        "around_the_clock": QCoreApplication.translate("RecordEditor", "Open day and night"),
        "url": QCoreApplication.translate("RecordEditor", "Web page"),
        "title": QCoreApplication.translate("RecordEditor", "Title"),
        "department": QCoreApplication.translate("RecordEditor", "Department"),
        "service_id": QCoreApplication.translate("RecordEditor", "Service"),
        "location_id": QCoreApplication.translate("RecordEditor", "Location"),
        "liaison": QCoreApplication.translate("RecordEditor", "Liaison contact"),
        "counterpart_country": QCoreApplication.translate("RecordEditor", "Counterpart country"),
        "counterpart_id": QCoreApplication.translate("RecordEditor", "Counterpart contact"),
        "number": QCoreApplication.translate("RecordEditor", "Number"),
        "type": QCoreApplication.translate("RecordEditor", "Type"),
        "extension": QCoreApplication.translate("RecordEditor", "Extension"),
        "short_code_country": QCoreApplication.translate("RecordEditor", "Short code in"),
        "placeholder": QCoreApplication.translate("RecordEditor", "Placeholder"),
        "freq": QCoreApplication.translate("RecordEditor", "Repeats"),
        "byday": QCoreApplication.translate("RecordEditor", "Days"),
        "opens_at": QCoreApplication.translate("RecordEditor", "Opens"),
        "closes_at": QCoreApplication.translate("RecordEditor", "Closes"),
        "valid_from": QCoreApplication.translate("RecordEditor", "From"),
        "valid_to": QCoreApplication.translate("RecordEditor", "Until"),
        "country": QCoreApplication.translate("RecordEditor", "Country"),
        "region": QCoreApplication.translate("RecordEditor", "Region"),
        "address_1": QCoreApplication.translate("RecordEditor", "Street"),
        "address_2": QCoreApplication.translate("RecordEditor", "Address line 2"),
        "city": QCoreApplication.translate("RecordEditor", "City"),
        "postal_code": QCoreApplication.translate("RecordEditor", "Postal code"),
        "lang": QCoreApplication.translate("RecordEditor", "Language"),
        "text": QCoreApplication.translate("RecordEditor", "Text"),
        "reason": QCoreApplication.translate("RecordEditor", "Reason"),
        "record": QCoreApplication.translate("RecordEditor", "Whole record"),
    }
    return names.get(key, key)


def kind_name(kind: RecordKind) -> str:
    return {
        RecordKind.ORGANIZATION: QCoreApplication.translate("RecordEditor", "Organization"),
        RecordKind.LOCATION: QCoreApplication.translate("RecordEditor", "Location"),
        RecordKind.SERVICE: QCoreApplication.translate("RecordEditor", "Service"),
        RecordKind.CONTACT: QCoreApplication.translate("RecordEditor", "Contact"),
    }[kind]

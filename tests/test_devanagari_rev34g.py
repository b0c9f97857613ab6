"""rev34g: Marathi's "विनोद" (humour) is a craft noun (reservation._CRAFT) only before a Marathi verb in its sentence
(it is a common Hindi first name: a news item's "विनोद कुमार … कमजोर है, लेकिन"), and Marathi's "पण" (but; also
"too") is a hedge only after a comma. Sentences of our own."""

from __future__ import annotations

import pytest

from scraper.extract.reservation import reserves


@pytest.mark.parametrize("text", [
    "काही विनोद आज बोथट झाले आहेत, तरीही पुस्तक सुंदर आहे.",
    "काही प्रकरणे संथ आहेत, पण शेवट सुंदर आहे.",
    "भाषा साधी आहे, पण काही ठिकाणी कथा संथ वाटते.",
    "कुछ जगहों पर कहानी धीमी है, लेकिन अंत अच्छा है।",
])
def test_fault_granted(text):
    assert reserves([text])


@pytest.mark.parametrize("text", [
    "वरिष्ठ लेखक विनोद कुमार की तबीयत कुछ समय से कमजोर है, लेकिन वे रोज़ लिखते हैं।",
    "विनोद शर्मा का स्वास्थ्य थोड़ा कमजोर है, मगर वे कार्यक्रम में आए।",
    "त्याचा शेवट पण संथ आहे.",  # "पण" (too) with no comma: no concession
])
def test_no_fault(text):
    assert not reserves([text])

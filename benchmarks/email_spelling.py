"""How long the email skill's offline spelling takes (Hunspell dictionaries read by
spylls): loading a dictionary, and checking a 200-word email (the underlines are redrawn
as the learner types), in each language."""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.skills.email import spelling

TEXTS = {
    "en": "Dear Ms Njeri, thank you for the interview yesterday. I am still very interested "
          "in the housekeeping job and I can start on Monday. Kind regards, Amina. ",
    "fr": "Madame Petit, je vous remercie pour l'entretien d'hier. Le poste m'intéresse "
          "toujours beaucoup et je peux commencer lundi. Cordialement, Amina. ",
    "ar": "السيدة نجيري، أشكرك على المقابلة أمس. ما زلت مهتمة جدا بالعمل ويمكنني أن أبدأ "
          "يوم الاثنين. مع التحية، أمينة. ",
    "sw": "Bi Njeri, asante kwa usaili wa jana. Bado ninavutiwa sana na kazi hii na ninaweza "
          "kuanza Jumatatu. Wako, Amina. ",
}

for language, sentence in TEXTS.items():
    start = time.perf_counter()
    spelling.preload(language)
    loaded = time.perf_counter() - start
    words = sentence.split()
    text = " ".join((words * (200 // len(words) + 1))[:200])
    runs = []
    for _ in range(50):
        start = time.perf_counter()
        spelling.misspellings(text, language)
        runs.append(time.perf_counter() - start)
    print(f"{language}: dictionary loaded in {loaded * 1000:.0f} ms; a 200-word email "
          f"checked in {statistics.median(runs) * 1000:.2f} ms (median of 50)")

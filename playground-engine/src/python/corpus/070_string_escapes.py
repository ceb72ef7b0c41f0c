print("tab:\t|", "nl:\\n", "quote:\"", 'apos:\'', "uni:\u00e9", "hex:\x41", "oct:\101")
print(r"raw\n\d", len("\n"), len(r"\n"), "multi" "part" 'concat')
print("""triple
quoted""", '''single triple''')

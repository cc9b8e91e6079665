email = input("البريد: ")
if "@" not in email:
    print("هذا ليس عنوان بريد.")
else:
    parts = email.split("@")
    print(parts[-1])

score = int(input("Score: "))
if score > 16:
    print("Excellent")
elif score > 10:
    print("Pass")
else:
    print("Try again")

score = int(input("Score: "))
if score < 10:
    print("Try again")
elif score < 16:
    print("Pass")
else:
    print("Excellent")

def pay(hours, rate):
    if hours < 40:
        return hours * rate
    else:
        return 40 * rate + (hours - 40) * rate * 1.5
